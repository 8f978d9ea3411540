using ImiPortal.IntegrationTests.Infrastructure;

namespace ImiPortal.IntegrationTests.Foundation;

public sealed class SecurityHeaderTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public SecurityHeaderTests(PortalFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/no-such-page")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string url)
    {
        using var client = _factory.CreatePortalClient();
        var response = await client.GetAsync(url);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task AuthAndAntiforgeryCookies_AreHttpOnlyAndSameSite()
    {
        await _factory.CreateMemberAsync("cookies@example.net");
        using var client = _factory.CreatePortalClient();
        var loginPage = await client.GetAsync("/Account/Login");
        var antiforgery = loginPage.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("MyImi.Antiforgery=", StringComparison.Ordinal));
        Assert.Contains("httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", antiforgery, StringComparison.OrdinalIgnoreCase);

        var login = await client.SubmitFormAsync("/Account/Login", new() { ["Email"] = "cookies@example.net", ["Password"] = PortalFactory.Password });
        var auth = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("MyImi.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", auth, StringComparison.OrdinalIgnoreCase);
    }
}
