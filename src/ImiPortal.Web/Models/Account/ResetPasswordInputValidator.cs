using FluentValidation;

namespace ImiPortal.Web.Models.Account;

public sealed class ResetPasswordInputValidator : AbstractValidator<ResetPasswordInput>
{
    public ResetPasswordInputValidator()
    {
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.Code).NotEmpty().WithMessage("The reset link is incomplete. Use the link in the email again.")
            .MaximumLength(2000).WithMessage("The reset link is not valid. Ask for a new one.");
        RuleFor(x => x.Password).NewPassword();
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage("The passwords do not match");
    }
}
