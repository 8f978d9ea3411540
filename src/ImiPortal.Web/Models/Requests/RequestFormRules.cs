using System.Text.RegularExpressions;
using FluentValidation;
using ImiPortal.Domain;
using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Requests;

namespace ImiPortal.Web.Models.Requests;

/// <summary>
/// The rules of the request form, by type, following the privacy policy's list of what each request needs.
/// Shared by the member's and public form and by staff intake, which words them for the requester's details.
/// </summary>
public static partial class RequestFormRules
{
    public const int MaxDetailsLength = 4000;

    public static void Apply<T>(AbstractValidator<T> validator, TimeProvider time, bool staff)
        where T : RequestFormInput
    {
        ArgumentNullException.ThrowIfNull(validator);
        var your = staff ? "the requester's" : "your";

        validator.RuleFor(x => x.Type).NotNull().WithMessage("Choose the kind of request")
            .Must(t => t is null || Enum.IsDefined(t.Value)).WithMessage("Choose the kind of request");
        validator.RuleFor(x => x.FormToken).Must(t => Guid.TryParseExact(t, "N", out _))
            .WithMessage("This form has expired. Check the answers and send it again.");

        ApplyRequestChoices(validator, staff);

        validator.RuleFor(x => x.FullName).NotEmpty().WithMessage($"Enter {your} full name")
            .MaximumLength(200).WithMessage("Full name must be 200 characters or fewer");
        validator.RuleFor(x => x.MembershipNumber)
            .Must(n => string.IsNullOrWhiteSpace(n) || Domain.Members.MembershipNumber.IsWellFormed(n.Trim().ToUpperInvariant()))
            .WithMessage("Enter a membership number like IMI12345678, or leave it blank");
        validator.RuleFor(x => x.DateOfBirth)
            .Must(d => d is null || d <= UkTime.Today(time)).WithMessage("Date of birth must be in the past")
            .Must(d => d is null || d >= new DateOnly(1900, 1, 1)).WithMessage("Enter a date of birth after 1 January 1900");

        validator.RuleFor(x => x.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().When(_ => !staff).WithMessage("Enter your email address: we send the acknowledgement and our response to it")
            .MaximumLength(ValidationRules.MaxEmailLength).WithMessage("Email address must be 256 characters or fewer")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.com");

        validator.RuleFor(x => x.Phone).Cascade(CascadeMode.Stop)
            .NotEmpty().When(x => !staff && x.Type == RightsRequestType.Access).WithMessage("Enter your telephone number")
            .Must(p => string.IsNullOrWhiteSpace(p) || PhonePattern().IsMatch(p.Trim()))
            .WithMessage("Enter a telephone number, like 01632 960 001 or +44 7700 900 982");
        validator.RuleFor(x => x.Phone)
            .Must((x, _) => !string.IsNullOrWhiteSpace(x.Email) || !string.IsNullOrWhiteSpace(x.Phone))
            .When(x => x.Type == RightsRequestType.Erasure)
            .WithMessage($"Enter {your} telephone number or email address (at least one)");
        validator.RuleFor(x => x.PostalAddress).MaximumLength(500).WithMessage("Postal address must be 500 characters or fewer");

        validator.RuleFor(x => x.Details).MaximumLength(MaxDetailsLength).WithMessage($"Keep this to {MaxDetailsLength} characters or fewer");
        validator.RuleFor(x => x.Details).NotEmpty().When(x => x.Type == RightsRequestType.Access)
            .WithMessage("Describe the information you want, in as much detail as you can");
        validator.RuleFor(x => x.Details).NotEmpty().When(x => x.Type == RightsRequestType.Rectification)
            .WithMessage("Tell us what is wrong and what it should say");
        validator.RuleFor(x => x.Details).NotEmpty()
            .When(x => x.Type == RightsRequestType.Objection && x.ObjectionKind == ObjectionKind.LegitimateInterests)
            .WithMessage("Tell us what it is about your situation that makes you object");
        validator.RuleFor(x => x.RelevantDates).MaximumLength(500).WithMessage("Relevant dates must be 500 characters or fewer");
    }

    private static void ApplyRequestChoices<T>(AbstractValidator<T> validator, bool staff)
        where T : RequestFormInput
    {
        validator.RuleFor(x => x.RestrictionGround).NotNull().When(x => x.Type == RightsRequestType.Restriction)
            .WithMessage(staff ? "Choose the ground for restriction the requester gave" : "Choose why you want us to restrict the use of your data")
            .Must(g => g is null || Enum.IsDefined(g.Value)).WithMessage("Choose one of the reasons listed");
        validator.RuleFor(x => x.ObjectionKind).NotNull().When(x => x.Type == RightsRequestType.Objection)
            .WithMessage(staff ? "Choose what the requester objects to" : "Choose what you object to")
            .Must(k => k is null || Enum.IsDefined(k.Value)).WithMessage("Choose one of the objections listed");
        validator.RuleFor(x => x.WithdrawAll)
            .Must((x, all) => all || x.WithdrawSubjects.Count > 0).When(x => x.Type == RightsRequestType.WithdrawConsent)
            .WithMessage("Choose everything, or at least one permission to withdraw");
        validator.RuleFor(x => x.WithdrawSubjects).Must(s => s.Count <= 100).WithMessage("Choose from the permissions listed");
        validator.RuleForEach(x => x.WithdrawSubjects).Must(k => ConsentSubject.TryParse(k, out _)).WithMessage("Choose from the permissions listed");
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{5,18}[0-9]$")]
    private static partial Regex PhonePattern();
}
