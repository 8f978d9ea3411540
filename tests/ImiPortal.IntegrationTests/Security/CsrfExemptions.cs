namespace ImiPortal.IntegrationTests.Security;

/// <summary>
/// The only actions that accept a POST without an antiforgery token, each with the reason. Everything else must
/// answer 400 to a POST without one. Adding a line here needs a reviewer's agreement.
/// </summary>
public static class CsrfExemptions
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Home/Error/ANY"] = "the error page, re-executed with the failed request's method; it shows a page and changes nothing",
        ["Home/Status/ANY"] = "the friendly status page (404, 403, 400 …), re-executed with the failed request's method; it changes nothing",
        ["Unsubscribe/Unsubscribe/POST"] = "RFC 8058 one-click unsubscribe: mail apps POST without cookies or a form; the signed token in the URL protects it",
    };
}
