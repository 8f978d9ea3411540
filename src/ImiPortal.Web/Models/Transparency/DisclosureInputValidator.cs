using FluentValidation;
using ImiPortal.Domain;
using ImiPortal.Domain.Members;

namespace ImiPortal.Web.Models.Transparency;

public sealed class DisclosureInputValidator : AbstractValidator<DisclosureInput>
{
    public DisclosureInputValidator(TimeProvider time)
    {
        RuleFor(x => x.MembershipNumber).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the membership number")
            .Must(n => MembershipNumber.IsWellFormed(n.Trim().ToUpperInvariant())).WithMessage("Enter a membership number like IMI12345678");
        RuleFor(x => x.RecipientId).NotNull().WithMessage("Choose who the data was shared with");
        RuleFor(x => x.DisclosedOn).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Enter the date the data was shared")
            .Must(d => d <= UkTime.Today(time)).WithMessage("The date the data was shared must be today or in the past");
        RuleFor(x => x.Description).NotEmpty().WithMessage("Describe what was shared and why")
            .MaximumLength(1000).WithMessage("Description must be 1,000 characters or fewer");
    }
}
