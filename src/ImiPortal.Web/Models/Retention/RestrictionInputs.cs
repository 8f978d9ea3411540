using FluentValidation;
using ImiPortal.Domain.Requests;
using ImiPortal.Domain.Restriction;

namespace ImiPortal.Web.Models.Retention;

/// <summary>Staff restrict processing of a member's data, on one of the four grounds of Art. 18(1).</summary>
public sealed class ApplyRestrictionInput
{
    public RestrictionGround? Ground { get; set; }

    /// <summary>The restriction request this carries out, if any.</summary>
    public Guid? RequestId { get; set; }
}

public sealed class ApplyRestrictionInputValidator : AbstractValidator<ApplyRestrictionInput>
{
    public ApplyRestrictionInputValidator()
    {
        RuleFor(x => x.Ground).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Choose the reason for the restriction")
            .IsInEnum().WithMessage("Choose the reason for the restriction");
    }
}

/// <summary>Staff tell the member that a restriction will be lifted, when and why (Art. 18(3)).</summary>
public sealed class LiftNoticeInput
{
    public DateOnly? NotBefore { get; set; }

    public string? Reason { get; set; }
}

public sealed class LiftNoticeInputValidator : AbstractValidator<LiftNoticeInput>
{
    public LiftNoticeInputValidator()
    {
        RuleFor(x => x.NotBefore).NotNull().WithMessage("Enter the date from which the restriction may be lifted");
        RuleFor(x => x.Reason).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Explain to the member why the restriction will be lifted")
            .MaximumLength(ProcessingRestriction.NoteLength).WithMessage("The explanation must be 1,000 characters or fewer");
    }
}
