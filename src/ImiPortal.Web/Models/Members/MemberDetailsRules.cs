using FluentValidation;
using ImiPortal.Domain;
using ImiPortal.Domain.Members;
using ImiPortal.Web.Members;

namespace ImiPortal.Web.Models.Members;

/// <summary>The rules for a member's details, the same whether the member or staff make the change.</summary>
public abstract class MemberDetailsRules<T> : AbstractValidator<T>
    where T : MemberDetailsInput
{
    public const int NameLength = ImiPortal.Infrastructure.Data.Configurations.MemberConfiguration.NameLength;
    public const int TitleLength = 20;

    protected MemberDetailsRules(TimeProvider time)
    {
        RuleFor(x => x.Title).MaximumLength(TitleLength).WithMessage($"Title must be {TitleLength} characters or fewer");
        RuleFor(x => x.FirstName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter a first name")
            .MaximumLength(NameLength).WithMessage($"First name must be {NameLength} characters or fewer");
        RuleFor(x => x.MaidenName).MaximumLength(NameLength).WithMessage($"Maiden name must be {NameLength} characters or fewer");
        RuleFor(x => x.LastName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter a last name")
            .MaximumLength(NameLength).WithMessage($"Last name must be {NameLength} characters or fewer");
        RuleFor(x => x.DateOfBirth).Custom((value, context) =>
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return;
            }

            if (DateInput.Parse(value) is not { } date)
            {
                context.AddFailure("Enter the date of birth as a real date, like 14/06/1985");
                return;
            }

            var message = DateOfBirthRule.Check(date, UkTime.Today(time)) switch
            {
                DateOfBirthCheck.InFuture => "Date of birth must be in the past",
                DateOfBirthCheck.TooYoung => $"Date of birth must be at least {DateOfBirthRule.MinimumAge} years ago: members are {DateOfBirthRule.MinimumAge} or older",
                DateOfBirthCheck.TooOld => $"Date of birth must be within the last {DateOfBirthRule.MaximumAge} years",
                _ => null,
            };
            if (message is not null)
            {
                context.AddFailure(message);
            }
        });
        RuleFor(x => x.Gender).Must(v => string.IsNullOrEmpty(v) || PersonalDetailOptions.Genders.Contains(v)).WithMessage("Choose a gender from the list, or leave it blank");
        RuleFor(x => x.MaritalStatus).Must(v => string.IsNullOrEmpty(v) || PersonalDetailOptions.MaritalStatuses.Contains(v)).WithMessage("Choose a marital status from the list, or leave it blank");
        RuleFor(x => x.Phone).Cascade(CascadeMode.Stop)
            .MaximumLength(PhoneRule.MaxInputLength).WithMessage($"Phone number must be {PhoneRule.MaxInputLength} characters or fewer")
            .Must(PhoneRule.IsValid).WithMessage("Enter a real phone number, like 01992 519025, or one starting with + and the country code, like +33 1 23 45 67 89")
            .When(x => !string.IsNullOrWhiteSpace(x.Phone));
        RuleFor(x => x.Billing).SetValidator(new AddressInputValidator("billing"));
        RuleFor(x => x.Delivery).SetValidator(new AddressInputValidator("delivery")).When(x => !x.DeliverySameAsBilling);
    }
}
