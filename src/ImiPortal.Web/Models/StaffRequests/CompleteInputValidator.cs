using FluentValidation;

namespace ImiPortal.Web.Models.StaffRequests;

public sealed class CompleteInputValidator : AbstractValidator<CompleteInput>
{
    public CompleteInputValidator()
    {
        RuleFor(x => x.Outcome).NotEmpty().WithMessage("Describe the outcome for the requester")
            .MaximumLength(StepText.MaxLength).WithMessage(StepText.TooLong("The outcome"));
    }
}
