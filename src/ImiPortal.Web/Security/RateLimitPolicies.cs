namespace ImiPortal.Web.Security;

public static class RateLimitPolicies
{
    /// <summary>Login, registration, password reset, confirmation resend and public forms.</summary>
    public const string Sensitive = "sensitive";
}
