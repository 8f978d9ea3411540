using ImiPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ImiPortal.BrowserTests;

/// <summary>Every main page, as the person who uses it, passes axe's WCAG 2.2 AA rules and fits a phone screen.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilitySweepTests : IClassFixture<BrowserPortalFactory>
{
    private static readonly string[] PublicPages = ["/", "/Account/Login", "/Account/Register", "/Password/Forgot", "/Privacy", "/Cookies", "/MemberCheck", "/PublicRequests"];

    private static readonly string[] MemberPages = ["/MyImi", "/Details", "/Preferences", "/Privacy/Mine", "/MyData", "/Requests", "/Requests/New?type=Access", "/Requests/New?type=Erasure", "/Requests/New?type=Restriction", "/Requests/Mine", "/Security"];

    private static readonly string[] StaffPages = ["/Staff", "/Staff/Requests", "/Staff/Intake/New", "/Staff/Members", "/Staff/Marketing", "/Staff/Processing", "/Staff/Disclosures", "/Staff/PrivacyNotice", "/Staff/AuditLog", "/Staff/Retention", "/Staff/Retention/Statistics"];

    private readonly BrowserFixture _browser;
    private readonly BrowserPortalFactory _portal;

    public AccessibilitySweepTests(BrowserFixture browser, BrowserPortalFactory portal)
    {
        _browser = browser;
        _portal = portal;
    }

    [Fact]
    public async Task PublicPages_AreAccessible()
    {
        var page = await _browser.NewPageAsync(_portal);
        foreach (var url in PublicPages)
        {
            await VisitAsync(page, url);
        }
    }

    [Fact]
    public async Task MemberPages_AreAccessible()
    {
        await _portal.CreateMemberAsync("axe-member@example.net", "Axel", "Member");
        var page = await _browser.LoggedInPageAsync(_portal, "axe-member@example.net");
        foreach (var url in MemberPages)
        {
            await VisitAsync(page, url);
        }
    }

    [Fact]
    public async Task StaffPages_AreAccessible()
    {
        await _portal.CreateStaffAsync("axe-dpo@example.net", Roles.PrivacyOfficer);
        var page = await _browser.LoggedInPageAsync(_portal, "axe-dpo@example.net");
        foreach (var url in StaffPages)
        {
            await VisitAsync(page, url);
        }
    }

    [Fact]
    public async Task RestrictionAndRetentionPages_IncludingErrorStatesAndTheSweepReport_AreAccessible()
    {
        var member = await _portal.CreateMemberAsync("axe-restricted@example.net", "Rosa", "Restricted");
        var memberId = await _portal.WithDbAsync(db => db.Members.Where(m => m.UserId == member.Id).Select(m => m.Id).SingleAsync());
        await _portal.CreateStaffAsync("axe-retention@example.net", Roles.PrivacyOfficer);
        var page = await _browser.LoggedInPageAsync(_portal, "axe-retention@example.net");

        await VisitAsync(page, $"/Staff/Restrictions/Member/{memberId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Restrict processing and tell the member" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary, [role=alert]").First).ToContainTextAsync("Choose the reason for the restriction");
        await PageChecks.AssertAccessibleAsync(page);
        await page.GetByLabel("Reason (Article 18(1))").SelectOptionAsync("AccuracyContested");
        await page.GetByRole(AriaRole.Button, new() { Name = "Restrict processing and tell the member" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Processing is restricted").First).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAsync(page);
        await Artifacts.ScreenshotAsync(page, "sweep", "staff-restriction-applied");

        await page.GotoAsync("/Staff/Retention");
        await page.GetByRole(AriaRole.Button, new() { Name = "Place the hold" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary, [role=alert]").First).ToContainTextAsync("Enter the membership number");
        await PageChecks.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Run the sweep now" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Retention sweep report" })).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAsync(page);
        await Artifacts.ScreenshotAsync(page, "sweep", "staff-retention-report");
    }

    private static async Task VisitAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response?.Ok, $"{url} answered {response?.Status}");
        await PageChecks.AssertAccessibleAsync(page);
        await page.SetViewportSizeAsync(390, 844);
        await PageChecks.AssertNoHorizontalScrollAsync(page);
        await page.SetViewportSizeAsync(1280, 800);
        var name = url.Trim('/').Replace('/', '-').Replace('?', '-').Replace('=', '-');
        await Artifacts.ScreenshotAsync(page, "sweep", name.Length == 0 ? "home" : name);
    }
}
