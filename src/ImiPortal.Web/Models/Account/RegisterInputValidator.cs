using FluentValidation;

namespace ImiPortal.Web.Models.Account;

public sealed class RegisterInputValidator : AbstractValidator<RegisterInput>
{
    public RegisterInputValidator()
    {
        RuleFor(x => x.Title).MaximumLength(20).WithMessage("Title must be 20 characters or fewer");
        RuleFor(x => x.FirstName).NotEmpty().WithMessage("Enter your first name")
            .MaximumLength(100).WithMessage("First name must be 100 characters or fewer");
        RuleFor(x => x.LastName).NotEmpty().WithMessage("Enter your last name")
            .MaximumLength(100).WithMessage("Last name must be 100 characters or fewer");
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.Password).NewPassword();
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage("The passwords do not match");
    }
}
