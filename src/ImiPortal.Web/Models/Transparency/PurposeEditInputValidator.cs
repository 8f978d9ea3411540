using FluentValidation;
using ImiPortal.Domain.Processing;

namespace ImiPortal.Web.Models.Transparency;

public sealed class PurposeEditInputValidator : AbstractValidator<PurposeEditInput>
{
    public const int MaxRetentionMonths = 1200;

    public PurposeEditInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the purpose")
            .MaximumLength(500).WithMessage("Purpose must be 500 characters or fewer");
        RuleFor(x => x.Description).MaximumLength(2000).WithMessage("Description must be 2,000 characters or fewer");
        RuleFor(x => x.DataSubjects).NotEmpty().WithMessage("Enter the categories of data subjects")
            .MaximumLength(500).WithMessage("Data subjects must be 500 characters or fewer");
        RuleFor(x => x.LegitimateInterest).NotEmpty().WithMessage("State the legitimate interest relied on")
            .When(x => x.LawfulBases.Contains(LawfulBasis.LegitimateInterests));
        RuleFor(x => x.LegitimateInterest).MaximumLength(1000).WithMessage("Legitimate interest must be 1,000 characters or fewer");
        RuleFor(x => x.RetentionMonths).InclusiveBetween(1, MaxRetentionMonths)
            .WithMessage($"Retention must be a whole number of months from 1 to {MaxRetentionMonths}");
        RuleFor(x => x.RetentionNote).MaximumLength(1000).WithMessage("Retention note must be 1,000 characters or fewer");
        RuleFor(x => x.SecurityMeasures).NotEmpty().WithMessage("Describe the security measures")
            .MaximumLength(1000).WithMessage("Security measures must be 1,000 characters or fewer");
        RuleFor(x => x.Categories).NotEmpty().WithMessage("Choose at least one category of personal data");
        RuleForEach(x => x.Categories).IsInEnum().WithMessage("Choose categories from the list");
        RuleFor(x => x.LawfulBases).NotEmpty().WithMessage("Choose at least one lawful basis");
        RuleForEach(x => x.LawfulBases).IsInEnum().WithMessage("Choose lawful bases from the list");
        RuleFor(x => x.ChangeNote).NotEmpty().WithMessage("Say what changed and why")
            .MaximumLength(1000).WithMessage("Change note must be 1,000 characters or fewer");
    }
}
