using FluentValidation;

namespace ImiPortal.Web.Models.Account;

public sealed class ChangePasswordInputValidator : AbstractValidator<ChangePasswordInput>
{
    public ChangePasswordInputValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage("Enter your current password")
            .MaximumLength(ValidationRules.MaxPasswordLength).WithMessage("Password must be 128 characters or fewer");
        RuleFor(x => x.NewPassword).NewPassword();
        RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage("The passwords do not match");
    }
}
