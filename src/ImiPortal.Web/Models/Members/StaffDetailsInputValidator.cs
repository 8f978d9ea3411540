using FluentValidation;
using ImiPortal.Domain.Members;

namespace ImiPortal.Web.Models.Members;

public sealed class StaffDetailsInputValidator : MemberDetailsRules<StaffDetailsInput>
{
    public StaffDetailsInputValidator(TimeProvider time)
        : base(time)
    {
        RuleFor(x => x.Reason).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the reason for the correction, for example how the member asked for it")
            .MaximumLength(DetailsChange.ReasonLength).WithMessage($"Reason must be {DetailsChange.ReasonLength} characters or fewer");
    }
}
