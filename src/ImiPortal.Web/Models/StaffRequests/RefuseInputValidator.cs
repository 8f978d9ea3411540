using FluentValidation;
using ImiPortal.Domain.Requests;

namespace ImiPortal.Web.Models.StaffRequests;

public sealed class RefuseInputValidator : AbstractValidator<RefuseInput>
{
    public const int MaxExemptionLength = 200;

    public RefuseInputValidator()
    {
        RuleFor(x => x.RefusalReason).NotNull().WithMessage("Choose the reason for refusing")
            .IsInEnum().WithMessage("Choose the reason for refusing");
        RuleFor(x => x.Exemption).NotEmpty().WithMessage("Name the exemption that applies")
            .When(x => x.RefusalReason == RefusalReason.ExemptionApplies);
        RuleFor(x => x.Exemption).MaximumLength(MaxExemptionLength).WithMessage($"The exemption must be {MaxExemptionLength} characters or fewer");
        RuleFor(x => x.Reasoning).NotEmpty().WithMessage("Explain the reasons for refusing: they are recorded and sent to the requester")
            .MaximumLength(StepText.MaxLength).WithMessage(StepText.TooLong("The reasoning"));
    }
}
