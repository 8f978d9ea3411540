using FluentValidation;
using ImiPortal.Domain;

namespace ImiPortal.Web.Models.StaffRequests;

public sealed class ReceivedInputValidator : AbstractValidator<ReceivedInput>
{
    public ReceivedInputValidator(TimeProvider time)
    {
        RuleFor(x => x.ReceivedOn).NotNull().WithMessage("Enter the date it was received")
            .Must(d => d <= UkTime.Today(time)).WithMessage("The date it was received cannot be in the future");
    }
}
