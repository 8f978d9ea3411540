using FluentValidation;

namespace ImiPortal.Web.Models.Requests;

/// <summary>The member's (MyIMI) and the public request form.</summary>
public sealed class RequestFormInputValidator : AbstractValidator<RequestFormInput>
{
    public RequestFormInputValidator(TimeProvider time) => RequestFormRules.Apply(this, time, staff: false);
}
