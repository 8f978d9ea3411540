namespace ImiPortal.Web.Transparency;

/// <summary>A visitor's answer to the cookie banner. <see cref="None"/> until they choose (or the policy version changes).</summary>
public enum AnalyticsChoice
{
    None = 0,
    Accepted = 1,
    Rejected = 2,
}
