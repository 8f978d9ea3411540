using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace ImiPortal.Web.Transparency;

/// <summary>
/// The cookie choice (PECR reg. 6): read from and written to the strictly necessary <see cref="ConsentCookie"/>,
/// and the only place that decides whether the analytics cookie and script may be used.
/// </summary>
public sealed class CookieConsent(IOptions<PrivacyOptions> options, IHostEnvironment environment)
{
    public const string ConsentCookie = "MyImi.CookieConsent";
    public const string AnalyticsCookie = "MyImi.Analytics";

    /// <summary>Raise when the cookies in use change, so that everyone is asked again.</summary>
    public const int PolicyVersion = 1;

    public static readonly TimeSpan ConsentLifetime = TimeSpan.FromDays(182);
    public static readonly TimeSpan AnalyticsLifetime = TimeSpan.FromDays(365);

    // Only URL-safe characters, so the value is stored exactly as written (no percent-encoding).
    private static readonly string Accepted = $"analytics-yes.v{PolicyVersion}";
    private static readonly string Rejected = $"analytics-no.v{PolicyVersion}";

    public bool ExemptionApplies => options.Value.AnalyticsExemption;

    public static AnalyticsChoice ChoiceOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var value = request.Cookies[ConsentCookie];
        return value == Accepted ? AnalyticsChoice.Accepted
            : value == Rejected ? AnalyticsChoice.Rejected
            : AnalyticsChoice.None;
    }

    /// <summary>Set on a request by a member whose processing is restricted (Art. 18): never counted in analytics.</summary>
    public const string RestrictedItem = "MyImi.ProcessingRestricted";

    /// <summary>Analytics only after consent, or under the statistics exemption unless the visitor objected; never for a
    /// member whose processing is restricted.</summary>
    public bool AnalyticsAllowed(HttpRequest request) => ChoiceOf(request) switch
    {
        _ when request.HttpContext.Items.ContainsKey(RestrictedItem) => false,
        AnalyticsChoice.Accepted => true,
        AnalyticsChoice.Rejected => false,
        _ => ExemptionApplies,
    };

    /// <summary>Stores the choice and applies it to the analytics cookie at once.</summary>
    public void Record(HttpContext context, bool acceptAnalytics)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(ConsentCookie, acceptAnalytics ? Accepted : Rejected, CookieOptions(context.Request, ConsentLifetime, essential: true));
        if (acceptAnalytics)
        {
            SetAnalyticsCookie(context);
        }
        else
        {
            RemoveAnalyticsCookie(context);
        }
    }

    /// <summary>Sets the analytics cookie when it is allowed and missing; removes it when it is no longer allowed.</summary>
    public void ApplyAnalyticsCookie(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var present = context.Request.Cookies.ContainsKey(AnalyticsCookie);
        var allowed = AnalyticsAllowed(context.Request);
        if (allowed && !present)
        {
            SetAnalyticsCookie(context);
        }
        else if (!allowed && present)
        {
            RemoveAnalyticsCookie(context);
        }
    }

    private void SetAnalyticsCookie(HttpContext context) =>
        context.Response.Cookies.Append(AnalyticsCookie, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), CookieOptions(context.Request, AnalyticsLifetime, essential: false));

    private void RemoveAnalyticsCookie(HttpContext context)
    {
        if (context.Request.Cookies.ContainsKey(AnalyticsCookie))
        {
            context.Response.Cookies.Delete(AnalyticsCookie, CookieOptions(context.Request, TimeSpan.Zero, essential: false));
        }
    }

    private CookieOptions CookieOptions(HttpRequest request, TimeSpan lifetime, bool essential) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        // As the sign-in cookie: Secure everywhere but a developer's plain-HTTP machine and the in-memory tests.
        Secure = request.IsHttps || !(environment.IsDevelopment() || environment.IsEnvironment("Testing")),
        IsEssential = essential,
        MaxAge = lifetime == TimeSpan.Zero ? null : lifetime,
        Path = "/",
    };
}
