using FluentValidation;

namespace ImiPortal.Web.Models;

/// <summary>Rules shared by several forms, so that each is worded the same everywhere.</summary>
public static class ValidationRules
{
    public const int MaxEmailLength = 256;
    public const int MinPasswordLength = 12;
    public const int MaxPasswordLength = 128;

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter your email address")
            .MaximumLength(MaxEmailLength).WithMessage("Email address must be 256 characters or fewer")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.com");

    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter a password")
            .MinimumLength(MinPasswordLength).WithMessage($"Password must be at least {MinPasswordLength} characters")
            .MaximumLength(MaxPasswordLength).WithMessage($"Password must be {MaxPasswordLength} characters or fewer");
}
