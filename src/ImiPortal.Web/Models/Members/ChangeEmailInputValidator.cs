using FluentValidation;

namespace ImiPortal.Web.Models.Members;

public sealed class ChangeEmailInputValidator : AbstractValidator<ChangeEmailInput>
{
    public ChangeEmailInputValidator()
    {
        RuleFor(x => x.NewEmail).ValidEmail();
        RuleFor(x => x.CurrentPassword).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter your current password")
            .MaximumLength(ValidationRules.MaxPasswordLength).WithMessage($"Password must be {ValidationRules.MaxPasswordLength} characters or fewer");
    }
}
