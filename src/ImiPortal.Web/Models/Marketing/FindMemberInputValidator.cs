using FluentValidation;
using ImiPortal.Domain.Members;

namespace ImiPortal.Web.Models.Marketing;

public sealed class FindMemberInputValidator : AbstractValidator<FindMemberInput>
{
    public FindMemberInputValidator()
    {
        RuleFor(x => x.MembershipNumber).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter a membership number")
            .Must(n => MembershipNumber.IsWellFormed(Normalise(n))).WithMessage("Enter a membership number like IMI12345678");
    }

    public static string Normalise(string? value) => (value ?? "").Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
