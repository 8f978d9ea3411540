using ImiPortal.IntegrationTests.Infrastructure;
using ImiPortal.Web.Transparency;
using Microsoft.AspNetCore.Hosting;

namespace ImiPortal.IntegrationTests.Transparency;

/// <summary>With the statistics exemption switched on, first-party analytics runs unless the visitor objects.</summary>
public sealed class AnalyticsExemptionTests : IClassFixture<AnalyticsExemptionTests.ExemptionFactory>
{
    private readonly ExemptionFactory _factory;

    public AnalyticsExemptionTests(ExemptionFactory factory) => _factory = factory;

    [Fact]
    public async Task UnderTheExemption_AnalyticsRunsBeforeAChoice_AndStopsOnceRejected()
    {
        using var client = _factory.CreatePortalClient();

        var first = await client.GetAsync("/");
        Assert.Contains(CookieConsentTests.SetCookies(first), c => c.Name == CookieConsent.AnalyticsCookie);
        var page = await PortalClient.ParseAsync(first);
        Assert.NotNull(page.QuerySelector("script[src^='/js/analytics.js']"));
        Assert.Contains("You can object", page.QuerySelector(".cookie-banner")!.TextContent, StringComparison.Ordinal);

        var reject = await client.PostWithTokenAsync("/", "/Cookies/Choose", new() { ["analytics"] = "no", ["returnUrl"] = "/" });
        Assert.True(Assert.Single(CookieConsentTests.SetCookies(reject), c => c.Name == CookieConsent.AnalyticsCookie).Expires < DateTimeOffset.UtcNow);
        var after = await client.GetDocumentAsync("/");
        Assert.Null(after.QuerySelector("script[src*='analytics.js']"));
    }

    public sealed class ExemptionFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Privacy:AnalyticsExemption", "true");
        }
    }
}
