using System.Net;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;

namespace ImiPortal.IntegrationTests.Foundation;

public sealed class AccessTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public AccessTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task StaffArea_ForAnonymousVisitor_RedirectsToLogin()
    {
        using var client = _factory.CreatePortalClient();
        var response = await client.GetAsync("/Staff");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffArea_ForMember_IsDenied()
    {
        await _factory.CreateMemberAsync("access-member@example.net");
        using var client = await _factory.LoginAsync("access-member@example.net");

        var response = await client.GetAsync("/Staff");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        var denied = await client.GetAsync(response.Headers.Location!.PathAndQuery());
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Theory]
    [InlineData(Roles.MemberServices)]
    [InlineData(Roles.PrivacyOfficer)]
    [InlineData(Roles.Administrator)]
    public async Task StaffArea_ForStaff_Opens(string role)
    {
        var email = $"access-{role.ToLowerInvariant()}@example.net";
        await _factory.CreateStaffAsync(email, role);
        using var client = await _factory.LoginAsync(email);

        var page = await client.GetDocumentAsync("/Staff");

        Assert.Equal("Back office", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task MyImi_ForAnonymousVisitor_RedirectsToLogin()
    {
        using var client = _factory.CreatePortalClient();
        var response = await client.GetAsync("/MyImi");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_ReportsHealthyWithTheDatabase()
    {
        using var client = _factory.CreatePortalClient();
        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownPage_ShowsFriendlyNotFound()
    {
        using var client = _factory.CreatePortalClient();
        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
