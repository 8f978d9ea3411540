using FluentValidation;

namespace ImiPortal.Web.Models.Account;

public sealed class EnableAuthenticatorInputValidator : AbstractValidator<EnableAuthenticatorInput>
{
    public EnableAuthenticatorInputValidator() =>
        RuleFor(x => x.Code).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Enter the code from your authenticator app")
            .Matches(@"^[0-9 ]{6,8}$").WithMessage("Enter the 6-digit code from your authenticator app");
}
