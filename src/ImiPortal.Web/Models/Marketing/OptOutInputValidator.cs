using FluentValidation;
using ImiPortal.Domain;
using ImiPortal.Domain.Consent;

namespace ImiPortal.Web.Models.Marketing;

public sealed class OptOutInputValidator : AbstractValidator<OptOutInput>
{
    public OptOutInputValidator(TimeProvider time)
    {
        RuleFor(x => x.Email).Must((input, _) => input.Channels().Any())
            .WithMessage("Choose at least one kind of marketing the member wants to stop");
        RuleFor(x => x.Source).NotNull().WithMessage("Choose how the member told us")
            .Must(s => s is null or ConsentSource.StaffPhone or ConsentSource.StaffPost).WithMessage("Choose how the member told us");
        RuleFor(x => x.ReceivedOn).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Enter the date the member told us")
            .Must(d => d <= UkTime.Today(time)).WithMessage("The date the member told us cannot be in the future")
            .Must(d => d >= new DateOnly(2000, 1, 1)).WithMessage("Enter a date after 1 January 2000");
    }
}
