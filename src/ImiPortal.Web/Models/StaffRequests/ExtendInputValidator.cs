using FluentValidation;

namespace ImiPortal.Web.Models.StaffRequests;

public sealed class ExtendInputValidator : AbstractValidator<ExtendInput>
{
    public ExtendInputValidator()
    {
        RuleFor(x => x.ExtensionReason).NotEmpty().WithMessage("Give the reason for the extension: the requester must be told it")
            .MaximumLength(StepText.MaxLength).WithMessage(StepText.TooLong("The reason"));
    }
}
