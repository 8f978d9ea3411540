using FluentValidation;
using ImiPortal.Domain.Consent;

namespace ImiPortal.Web.Models.Marketing;

public sealed class PreferencesInputValidator : AbstractValidator<PreferencesInput>
{
    private const int MaxChoices = 200;

    public PreferencesInputValidator()
    {
        RuleFor(x => x.Chosen).Must(k => k.Count <= MaxChoices).WithMessage("Too many choices were sent. Reload the page and try again.");
        RuleFor(x => x.Shown).Must(k => k.Count <= MaxChoices).WithMessage("Too many choices were sent. Reload the page and try again.");
        RuleForEach(x => x.Chosen).Must(BeAKey).WithMessage("One of the choices was not recognised. Reload the page and try again.");
        RuleForEach(x => x.Shown).Must(BeAKey).WithMessage("One of the choices was not recognised. Reload the page and try again.");
    }

    private static bool BeAKey(string key) => ConsentSubject.TryParse(key, out _);
}
