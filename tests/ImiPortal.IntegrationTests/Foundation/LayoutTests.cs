using System.Net;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;
using ImiPortal.IntegrationTests.Members;
using ImiPortal.Web.Startup;

namespace ImiPortal.IntegrationTests.Foundation;

/// <summary>
/// Every full page is given the layout once, and the partial views inside it none (PortalLayoutActivator, which
/// replaced the view start pages; issue #11, ADR-016).
/// </summary>
public sealed class LayoutTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public LayoutTests(PortalFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/Privacy")]
    [InlineData("/Cookies")]
    public async Task AnAnonymousPage_HasTheLayoutOnce(string path)
    {
        using var client = _factory.CreatePortalClient();

        AssertLayoutOnce(await client.GetAsync(path));
    }

    [Theory]
    [InlineData("/Details")] // the details history partial
    [InlineData("/Preferences")] // the consent timeline partial
    [InlineData("/Requests/Mine")]
    [InlineData("/Requests/New?type=Access")] // the request fields partial
    [InlineData("/Requests")] // the rights list partial
    public async Task AMembersPage_WithPartialViews_HasTheLayoutOnce(string path)
    {
        var email = MembersKit.NewEmail("layout");
        await MembersKit.CreateMemberAsync(_factory, email);
        using var client = await _factory.LoginAsync(email);

        AssertLayoutOnce(await client.GetAsync(path));
    }

    [Theory]
    [InlineData("/Staff")] // the request counts partial
    [InlineData("/Staff/Processing")] // the record of processing's entries
    public async Task AStaffPage_WithPartialViews_HasTheLayoutOnce(string path)
    {
        var email = $"layout-{Guid.NewGuid():N}@example.net";
        await _factory.CreateStaffAsync(email, Roles.PrivacyOfficer);
        using var client = await _factory.LoginAsync(email);

        AssertLayoutOnce(await client.GetAsync(path));
    }

    [Theory]
    [InlineData("/Views/Shared/_Layout.cshtml", true)]
    [InlineData("/Views/Shared/_ConsentTimeline.cshtml", true)]
    [InlineData("/Areas/Staff/Views/Processing/_Entry.cshtml", true)]
    [InlineData("_RequestStatus.cshtml", true)]
    [InlineData("/Views/Details/Index.cshtml", false)]
    [InlineData("/Areas/Staff/Views/Requests/Details.cshtml", false)]
    [InlineData("/Views/Home/Under_score.cshtml", false)]
    public void PartialViewsAndLayouts_AreTheFilesNamedWithALeadingUnderscore(string path, bool partial)
    {
        Assert.Equal(partial, PortalLayoutActivator.IsPartial(path));
    }

    private static void AssertLayoutOnce(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        Assert.Equal(1, Count(html, "<!DOCTYPE html>"));
        Assert.Equal(1, Count(html, "<a class=\"skip-link\" href=\"#main\">"));
        Assert.Equal(1, Count(html, "<main id=\"main\""));
        Assert.Equal(1, Count(html, "<footer class=\"site-footer\">"));
    }

    private static int Count(string html, string value)
    {
        var count = 0;
        for (var at = html.IndexOf(value, StringComparison.Ordinal); at >= 0; at = html.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
