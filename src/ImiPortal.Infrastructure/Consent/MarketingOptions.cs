namespace ImiPortal.Infrastructure.Consent;

public sealed class MarketingOptions
{
    public const string Section = "Marketing";

    /// <summary>The portal's public address, for links in marketing emails sent outside a web request.</summary>
    public Uri PublicBaseUrl { get; set; } = new("https://myimi.theimi.org.uk/");
}
