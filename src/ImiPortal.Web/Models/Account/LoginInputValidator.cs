using FluentValidation;

namespace ImiPortal.Web.Models.Account;

public sealed class LoginInputValidator : AbstractValidator<LoginInput>
{
    public LoginInputValidator()
    {
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password")
            .MaximumLength(ValidationRules.MaxPasswordLength).WithMessage("Password must be 128 characters or fewer");
    }
}
