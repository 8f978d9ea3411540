using FluentValidation;

namespace ImiPortal.Web.Models.StaffRequests;

public sealed class RequestIdentityInputValidator : AbstractValidator<RequestIdentityInput>
{
    public RequestIdentityInputValidator()
    {
        RuleFor(x => x.WhatWeNeed).NotEmpty().WithMessage("Say what proof of identity the requester needs to send")
            .MaximumLength(StepText.MaxLength).WithMessage(StepText.TooLong("The ID request"));
    }
}
