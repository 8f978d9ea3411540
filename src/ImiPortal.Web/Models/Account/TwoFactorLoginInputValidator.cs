using FluentValidation;

namespace ImiPortal.Web.Models.Account;

public sealed class TwoFactorLoginInputValidator : AbstractValidator<TwoFactorLoginInput>
{
    public TwoFactorLoginInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage("Enter the code")
            .MaximumLength(20).WithMessage("The code is too long");
        RuleFor(x => x.Code).Matches(@"^[0-9 ]{6,8}$").When(x => !x.UseRecoveryCode)
            .WithMessage("Enter the 6-digit code from your authenticator app");
    }
}
