using FluentValidation;
using ImiPortal.Domain;
using ImiPortal.Domain.Requests;

namespace ImiPortal.Web.Models.Requests;

public sealed class StaffIntakeInputValidator : AbstractValidator<StaffIntakeInput>
{
    /// <summary>How far back a received date may go: an older request should have been recorded when it arrived.</summary>
    public const int MaxAgeMonths = 3;

    public StaffIntakeInputValidator(TimeProvider time)
    {
        RuleFor(x => x.Channel).NotNull().WithMessage("Choose how the request reached us")
            .Must(c => c is null or RequestChannel.Phone or RequestChannel.Post or RequestChannel.Email)
            .WithMessage("Choose phone, post or email");
        RuleFor(x => x.ReceivedOn).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Enter the date the request reached us")
            .Must(d => d <= UkTime.Today(time)).WithMessage("The date the request reached us cannot be in the future")
            .Must(d => d >= UkTime.Today(time).AddMonths(-MaxAgeMonths))
            .WithMessage($"The date the request reached us must be within the last {MaxAgeMonths} months. For an older request, ask the privacy officer.");
        RequestFormRules.Apply(this, time, staff: true);
        RuleFor(x => x.Email)
            .Must((x, _) => !string.IsNullOrWhiteSpace(x.Email) || !string.IsNullOrWhiteSpace(x.Phone) || !string.IsNullOrWhiteSpace(x.PostalAddress))
            .When(x => x.Type != RightsRequestType.Erasure)
            .WithMessage("Enter at least one way to reply to the requester: email address, telephone number or postal address");
    }
}
