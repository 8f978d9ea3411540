using System.Net;
using ImiPortal.IntegrationTests.Infrastructure;

namespace ImiPortal.IntegrationTests.Security;

/// <summary>How the app answers a call it refuses: the cookie challenge (to log in) or the access-denied redirect.</summary>
public static class Outcome
{
    /// <summary>Anonymous on a protected action: 302 to /Account/Login?ReturnUrl=…</summary>
    public static bool IsLoginChallenge(HttpResponseMessage response) => IsRedirectTo(response, "/Account/Login?ReturnUrl=");

    /// <summary>Signed in with the wrong role: 302 to /Account/AccessDenied?ReturnUrl=… (which answers 403).</summary>
    public static bool IsAccessDenied(HttpResponseMessage response) => IsRedirectTo(response, "/Account/AccessDenied?ReturnUrl=");

    public static bool IsRefusal(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || IsLoginChallenge(response) || IsAccessDenied(response);
    }

    public static string Describe(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.Location is { } location ? $"{(int)response.StatusCode} → {location.PathAndQuery()}" : $"{(int)response.StatusCode}";
    }

    private static bool IsRedirectTo(HttpResponseMessage response, string prefix)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.StatusCode == HttpStatusCode.Redirect
               && response.Headers.Location?.PathAndQuery().StartsWith(prefix, StringComparison.Ordinal) == true;
    }
}
