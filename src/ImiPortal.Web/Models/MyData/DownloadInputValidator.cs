using FluentValidation;

namespace ImiPortal.Web.Models.MyData;

public sealed class DownloadInputValidator : AbstractValidator<DownloadInput>
{
    public DownloadInputValidator()
    {
        RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password to confirm it is you")
            .MaximumLength(ValidationRules.MaxPasswordLength).WithMessage("Password must be 128 characters or fewer");
        RuleFor(x => x.Kind).Must(k => k is "access" or "portable").WithMessage("Choose which download you want");
    }
}
