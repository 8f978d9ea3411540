using System.Net;
using ImiPortal.IntegrationTests.Infrastructure;
using ImiPortal.Web.Transparency;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Net.Http.Headers;

namespace ImiPortal.IntegrationTests.Transparency;

public sealed class CookieConsentTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public CookieConsentTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task FirstVisit_SetsOnlyStrictlyNecessaryCookies_AndOffersAcceptAndRejectEqually()
    {
        using var http = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        var response = await http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookies = SetCookies(response);
        Assert.DoesNotContain(cookies, c => c.Name == CookieConsent.AnalyticsCookie);
        Assert.All(cookies, c => Assert.True(CookieCatalogue.IsStrictlyNecessary(c.Name.ToString()), $"{c.Name} is not a strictly necessary cookie"));
        var page = await PortalClient.ParseAsync(response);
        Assert.Null(page.QuerySelector("script[src*='analytics.js']"));
        var buttons = page.QuerySelectorAll(".cookie-banner form[action='/Cookies/Choose'] button[type=submit]").ToList();
        Assert.Equal(["Accept analytics cookies", "Reject analytics cookies"], buttons.Select(b => b.TextContent));
        Assert.Equal(buttons[0].ClassName, buttons[1].ClassName);
        Assert.Empty(page.QuerySelectorAll(".cookie-banner input[type=checkbox], .cookie-banner input[type=radio]"));
    }

    [Fact]
    public async Task Reject_InOnePost_StoresNo_SetsNoAnalyticsCookie_AndHidesTheBanner()
    {
        using var client = _factory.CreatePortalClient();

        var response = await client.PostWithTokenAsync("/", "/Cookies/Choose", new() { ["analytics"] = "no", ["returnUrl"] = "/MemberCheck" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/MemberCheck", response.Headers.Location!.PathAndQuery());
        var cookies = SetCookies(response);
        var consent = Assert.Single(cookies, c => c.Name == CookieConsent.ConsentCookie);
        Assert.Equal("analytics-no.v1", consent.Value.ToString());
        Assert.True(consent.HttpOnly);
        Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.Lax, consent.SameSite);
        Assert.Equal(TimeSpan.FromDays(182), consent.MaxAge);
        Assert.DoesNotContain(cookies, c => c.Name == CookieConsent.AnalyticsCookie);

        var next = await client.GetAsync("/MemberCheck");
        Assert.DoesNotContain(SetCookies(next), c => c.Name == CookieConsent.AnalyticsCookie);
        var page = await PortalClient.ParseAsync(next);
        Assert.Null(page.QuerySelector(".cookie-banner"));
        Assert.Null(page.QuerySelector("script[src*='analytics.js']"));
        Assert.Contains("You have rejected analytics cookies", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_SetsTheAnalyticsCookie_AndLoadsTheAnalyticsScript()
    {
        using var client = _factory.CreatePortalClient();

        var response = await client.PostWithTokenAsync("/", "/Cookies/Choose", new() { ["analytics"] = "yes", ["returnUrl"] = "/" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookies = SetCookies(response);
        Assert.Equal("analytics-yes.v1", Assert.Single(cookies, c => c.Name == CookieConsent.ConsentCookie).Value.ToString());
        var analytics = Assert.Single(cookies, c => c.Name == CookieConsent.AnalyticsCookie);
        Assert.True(analytics.HttpOnly);
        var page = await client.GetDocumentAsync("/");
        Assert.NotNull(page.QuerySelector("script[src^='/js/analytics.js']"));
        Assert.Null(page.QuerySelector(".cookie-banner"));
    }

    [Fact]
    public async Task ChangingFromAcceptToReject_OnTheCookiePage_RemovesTheAnalyticsCookie()
    {
        using var client = _factory.CreatePortalClient();
        await client.PostWithTokenAsync("/Cookies", "/Cookies/Choose", new() { ["analytics"] = "yes", ["returnUrl"] = "/Cookies" });

        var response = await client.PostWithTokenAsync("/Cookies", "/Cookies/Choose", new() { ["analytics"] = "no", ["returnUrl"] = "/Cookies" });

        var removed = Assert.Single(SetCookies(response), c => c.Name == CookieConsent.AnalyticsCookie);
        Assert.True(removed.Expires < DateTimeOffset.UtcNow);
        var page = await client.GetDocumentAsync("/Cookies");
        Assert.Contains("You have rejected analytics cookies", page.QuerySelector("#cookie-choice")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("script[src*='analytics.js']"));
    }

    [Fact]
    public async Task CookiePage_ExplainsEveryCookie_AndIsLinkedFromEveryFooter()
    {
        using var client = _factory.CreatePortalClient();

        var home = await client.GetDocumentAsync("/");
        var page = await client.GetDocumentAsync("/Cookies");

        Assert.NotNull(home.QuerySelector("footer a[href='/Cookies']"));
        var rows = page.QuerySelectorAll("#cookie-table tbody tr").ToList();
        Assert.Equal(CookieCatalogue.All.Select(c => c.Name), rows.Select(r => r.QuerySelector("th")!.TextContent));
        var analytics = rows.Single(r => r.QuerySelector("th")!.TextContent == CookieConsent.AnalyticsCookie);
        Assert.Contains("only with your agreement", analytics.TextContent, StringComparison.Ordinal);
        Assert.Contains("6 months", rows.Single(r => r.QuerySelector("th")!.TextContent == CookieConsent.ConsentCookie).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choose_WithAnOutsideReturnUrl_GoesHome()
    {
        using var client = _factory.CreatePortalClient();

        var response = await client.PostWithTokenAsync("/", "/Cookies/Choose", new() { ["analytics"] = "no", ["returnUrl"] = "https://example.com/phish" });

        Assert.Equal("/", response.Headers.Location!.PathAndQuery());
    }

    [Fact]
    public async Task Choose_WithoutAntiforgeryToken_IsRefused()
    {
        using var http = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["analytics"] = "yes" });

        var response = await http.PostAsync(new Uri("/Cookies/Choose", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(SetCookies(response), c => c.Name == CookieConsent.ConsentCookie || c.Name == CookieConsent.AnalyticsCookie);
    }

    internal static IList<SetCookieHeaderValue> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? SetCookieHeaderValue.ParseList([.. values]) : [];
}
