using FluentValidation;
using ImiPortal.Domain.Members;
using ImiPortal.Web.Members;

namespace ImiPortal.Web.Models.AuditLog;

public sealed class AuditLogFilterValidator : AbstractValidator<AuditLogFilter>
{
    public AuditLogFilterValidator()
    {
        RuleFor(x => x.Member).Cascade(CascadeMode.Stop)
            .MaximumLength(50).WithMessage("Enter a membership number like IMI12345678, or a member id")
            .Must(m => string.IsNullOrWhiteSpace(m) || MemberKey(m) is not null).WithMessage("Enter a membership number like IMI12345678, or a member id");
        RuleFor(x => x.Action).MaximumLength(AuditLogFilter.MaxActionLength).WithMessage($"Action must be {AuditLogFilter.MaxActionLength} characters or fewer");
        RuleFor(x => x.Actor).Cascade(CascadeMode.Stop)
            .MaximumLength(ValidationRules.MaxEmailLength).WithMessage("Staff email address must be 256 characters or fewer")
            .EmailAddress().WithMessage("Enter the staff member's email address, like name@theimi.org.uk");
        RuleFor(x => x.From).Must(BeADateOrEmpty).WithMessage("Enter the from date as a real date, like 3/3/2026");
        RuleFor(x => x.To).Cascade(CascadeMode.Stop)
            .Must(BeADateOrEmpty).WithMessage("Enter the to date as a real date, like 31/3/2026")
            .Must((filter, to) => DateInput.Parse(filter.From) is not { } from || DateInput.Parse(to) is not { } until || until >= from)
            .WithMessage("The to date must be the same as or after the from date");
        RuleFor(x => x.Before).Must(b => string.IsNullOrEmpty(b) || AuditLogCursor.Parse(b) is not null)
            .WithMessage("That page link is not valid: search again");
    }

    /// <summary>The membership number (upper case, no spaces) or the member id typed, or null when it is neither.</summary>
    public static object? MemberKey(string? value)
    {
        var text = (value ?? "").Trim();
        if (Guid.TryParse(text, out var id))
        {
            return id;
        }

        var number = text.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return MembershipNumber.IsWellFormed(number) ? number : null;
    }

    private static bool BeADateOrEmpty(string? value) => string.IsNullOrWhiteSpace(value) || DateInput.Parse(value) is not null;
}
