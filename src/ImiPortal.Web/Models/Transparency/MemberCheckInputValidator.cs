using FluentValidation;

namespace ImiPortal.Web.Models.Transparency;

public sealed class MemberCheckInputValidator : AbstractValidator<MemberCheckInput>
{
    public MemberCheckInputValidator()
    {
        RuleFor(x => x.MembershipNumber).MaximumLength(20).WithMessage("Membership number must be 20 characters or fewer");
        RuleFor(x => x.FirstName).MaximumLength(100).WithMessage("First name must be 100 characters or fewer");
        RuleFor(x => x.LastName).MaximumLength(100).WithMessage("Last name must be 100 characters or fewer");
        When(x => string.IsNullOrWhiteSpace(x.MembershipNumber), () =>
        {
            RuleFor(x => x.FirstName).NotEmpty().WithMessage("Enter a membership number, or the member's first and last name");
            RuleFor(x => x.LastName).NotEmpty().WithMessage("Enter the member's last name as well as their first name")
                .When(x => !string.IsNullOrWhiteSpace(x.FirstName));
        });
    }
}
