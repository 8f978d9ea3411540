using FluentValidation;

namespace ImiPortal.Web.Models.Erasure;

public sealed class ConfirmErasureInputValidator : AbstractValidator<ConfirmErasureInput>
{
    public ConfirmErasureInputValidator() =>
        RuleFor(x => x.MembershipNumber).NotEmpty().WithMessage("Type the membership number to confirm the erasure")
            .MaximumLength(20).WithMessage("That is not a membership number");
}
