using FluentValidation;
using ImiPortal.Domain.Members;
using ImiPortal.Domain.Retention;

namespace ImiPortal.Web.Models.Retention;

/// <summary>The privacy officer places a legal hold on a member's data.</summary>
public sealed class LegalHoldInput
{
    public string? MembershipNumber { get; set; }

    public string? Reference { get; set; }

    public string? Reason { get; set; }
}

public sealed class LegalHoldInputValidator : AbstractValidator<LegalHoldInput>
{
    public LegalHoldInputValidator()
    {
        RuleFor(x => x.MembershipNumber).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the membership number")
            .Must(n => MembershipNumber.IsWellFormed(n!.Trim().ToUpperInvariant())).WithMessage("Enter a membership number like IMI12345678");
        RuleFor(x => x.Reference).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the claim or case reference")
            .MaximumLength(LegalHold.ReferenceLength).WithMessage("The reference must be 50 characters or fewer");
        RuleFor(x => x.Reason).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Explain why the data must be kept")
            .MaximumLength(LegalHold.ReasonLength).WithMessage("The reason must be 500 characters or fewer");
    }
}
