using FluentValidation;
using ImiPortal.Domain;

namespace ImiPortal.Web.Models.StaffRequests;

public sealed class VerifyIdentityInputValidator : AbstractValidator<VerifyIdentityInput>
{
    public VerifyIdentityInputValidator(TimeProvider time)
    {
        RuleFor(x => x.Method).NotNull().WithMessage("Choose how the requester's identity was verified")
            .IsInEnum().WithMessage("Choose how the requester's identity was verified");
        RuleFor(x => x.VerifiedOn).NotNull().WithMessage("Enter the date the identity was verified")
            .Must(d => d <= UkTime.Today(time)).WithMessage("The date the identity was verified cannot be in the future");
    }
}
