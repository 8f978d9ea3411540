using FluentValidation;

namespace ImiPortal.Web.Models.StaffRequests;

public sealed class RequestClarificationInputValidator : AbstractValidator<RequestClarificationInput>
{
    public RequestClarificationInputValidator()
    {
        RuleFor(x => x.Question).NotEmpty().WithMessage("Enter the question to send to the requester")
            .MaximumLength(StepText.MaxLength).WithMessage(StepText.TooLong("The question"));
    }
}
