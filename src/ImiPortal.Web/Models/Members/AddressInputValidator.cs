using FluentValidation;
using ImiPortal.Domain.Members;
using ImiPortal.Web.Members;

namespace ImiPortal.Web.Models.Members;

/// <summary>An address is optional; once any line is typed, it needs a first line, a town and (in the UK) a real postcode.</summary>
// Internal: built by the details rules for each kind of address, not resolved on its own.
internal sealed class AddressInputValidator : AbstractValidator<AddressInput>
{
    public const int LineLength = 100;
    public const int TownLength = 60;
    public const int PostcodeLength = 10;

    public AddressInputValidator(string kind)
    {
        When(a => !a.IsEmpty, () =>
        {
            RuleFor(a => a.Line1).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage($"Enter the first line of your {kind} address")
                .MaximumLength(LineLength).WithMessage($"The first line of the {kind} address must be {LineLength} characters or fewer");
            RuleFor(a => a.Line2).MaximumLength(LineLength).WithMessage($"The second line of the {kind} address must be {LineLength} characters or fewer");
            RuleFor(a => a.Town).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage($"Enter the town or city of your {kind} address")
                .MaximumLength(TownLength).WithMessage($"The town or city of the {kind} address must be {TownLength} characters or fewer");
            RuleFor(a => a.County).MaximumLength(TownLength).WithMessage($"The county of the {kind} address must be {TownLength} characters or fewer");
            RuleFor(a => a.Country).Must(Countries.IsKnown).WithMessage($"Choose the country of your {kind} address");
            RuleFor(a => a.Postcode).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage($"Enter the postcode of your {kind} address")
                .Must(UkPostcode.IsValid).WithMessage($"Enter a real UK postcode for your {kind} address, like SG13 8PQ")
                .When(a => a.Country == Countries.UnitedKingdom);
            RuleFor(a => a.Postcode).MaximumLength(PostcodeLength).WithMessage($"The postcode of the {kind} address must be {PostcodeLength} characters or fewer")
                .When(a => a.Country != Countries.UnitedKingdom);
        });
    }
}
