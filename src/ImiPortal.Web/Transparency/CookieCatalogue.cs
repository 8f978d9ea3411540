namespace ImiPortal.Web.Transparency;

/// <summary>
/// Every cookie the portal can set. The cookie page is rendered from this list, and the tests check that nothing
/// else is ever set, so a new cookie must be added here (and <see cref="CookieConsent.PolicyVersion"/> raised if it
/// needs consent).
/// </summary>
public static class CookieCatalogue
{
    public const string TempDataCookie = ".AspNetCore.Mvc.CookieTempDataProvider";

    public static IReadOnlyList<CookieInfo> All { get; } =
    [
        new("MyImi.Auth", "Keeps you logged in to MyIMI.", "Until you log out, or after 8 hours without using MyIMI", StrictlyNecessary: true),
        new("MyImi.Antiforgery", "Protects our forms against cross-site request forgery.", "Until you close your browser", StrictlyNecessary: true),
        new(CookieConsent.ConsentCookie, "Remembers whether you accepted or rejected analytics cookies.", "6 months", StrictlyNecessary: true),
        new(TempDataCookie, "Carries a one-off confirmation message (such as \"Your changes were saved\") to the next page.", "Until the message is shown, or you close your browser", StrictlyNecessary: true),
        new("Identity.TwoFactorUserId", "Remembers who you are between your password and your two-step verification code.", "5 minutes", StrictlyNecessary: true),
        new("Identity.TwoFactorRememberMe", "Set only if you ask us to remember this device for two-step verification.", "14 days", StrictlyNecessary: true),
        new(CookieConsent.AnalyticsCookie, "Counts visits and pages in aggregate (first-party only, never shared) so that we can improve MyIMI.", "12 months", StrictlyNecessary: false),
    ];

    public static bool IsStrictlyNecessary(string name) => All.Any(c => c.StrictlyNecessary && c.Name == name);
}
