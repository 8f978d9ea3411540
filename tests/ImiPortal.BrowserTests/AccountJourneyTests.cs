using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace ImiPortal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccountJourneyTests : IClassFixture<BrowserPortalFactory>
{
    private readonly BrowserFixture _browser;
    private readonly BrowserPortalFactory _portal;

    public AccountJourneyTests(BrowserFixture browser, BrowserPortalFactory portal)
    {
        _browser = browser;
        _portal = portal;
    }

    [Fact]
    public async Task Visitor_RegistersWithAMistake_CorrectsIt_ConfirmsByEmail_AndLogsIn()
    {
        var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _portal.BaseUrl });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await PageChecks.AssertAccessibleAsync(page);
        await Artifacts.ScreenshotAsync(page, "account", "home");

        await page.GotoAsync("/Account/Register");
        await page.GetByLabel("First name").FillAsync("Morgan");
        await page.GetByLabel("Last name").FillAsync("Browser");
        await page.GetByLabel("Email address").FillAsync("not-an-address");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(PortalFactory.Password);
        await page.GetByLabel("Confirm password").FillAsync(PortalFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        // The error summary takes focus and links to the field.
        var summary = page.Locator("#error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Enter an email address in the correct format");
        await PageChecks.AssertAccessibleAsync(page);
        await Artifacts.ScreenshotAsync(page, "account", "register-error");
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByLabel("Email address")).ToBeFocusedAsync();

        await page.GetByLabel("Email address").FillAsync("morgan.browser@example.net");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(PortalFactory.Password);
        await page.GetByLabel("Confirm password").FillAsync(PortalFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();

        await page.GotoAsync(await Outbox.LinkAsync(_portal, "morgan.browser@example.net", "account.confirm-email"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Email address confirmed" })).ToBeVisibleAsync();

        await page.GotoAsync("/Account/Login");
        await PageChecks.AssertAccessibleAsync(page);
        await page.GetByLabel("Email address").FillAsync("morgan.browser@example.net");
        await page.GetByLabel("Password").FillAsync(PortalFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hello, Morgan" })).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAsync(page);
        await Artifacts.ScreenshotAsync(page, "account", "myimi-home");
        await context.CloseAsync();
    }

    [Fact]
    public async Task LoginPage_AtPhoneWidth_DoesNotScrollSideways()
    {
        var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _portal.BaseUrl,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/Account/Login");

        await PageChecks.AssertNoHorizontalScrollAsync(page);
        await Artifacts.ScreenshotAsync(page, "account", "login-phone");
        await context.CloseAsync();
    }
}
