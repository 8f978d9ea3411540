using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace ImiPortal.BrowserTests;

/// <summary>
/// One headless Chromium for the test run: Debian's build (no browser download is possible or needed), with the
/// flags that keep it from reaching out to the network.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("IMIPORTAL_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium was not found at {executable}. Run ./scripts/test.sh, which installs it, or set IMIPORTAL_CHROMIUM.");
        }

        // Generous waits: the machines that run the suite are small and often busy; a wait only lasts until it succeeds.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A new tab in a fresh context (no cookies: a different person, or the same one logged out) on the portal.</summary>
    public async Task<IPage> NewPageAsync(BrowserPortalFactory portal, bool phone = false)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.BaseUrl,
            ViewportSize = phone ? new ViewportSize { Width = Artifacts.PhoneWidth, Height = Artifacts.PhoneHeight } : new ViewportSize { Width = 1280, Height = 800 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>A new tab in a fresh context, logged in through the login page.</summary>
    public async Task<IPage> LoggedInPageAsync(BrowserPortalFactory portal, string email, bool phone = false)
    {
        var page = await NewPageAsync(portal, phone);
        await LogInAsync(page, email);
        return page;
    }

    /// <summary>Logs in through the login page as a person would, and waits until the page shows them logged in.</summary>
    public static async Task LogInAsync(IPage page, string email, string password = PortalFactory.Password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        // Logged in once the header offers to log out (what the person sees), wherever the login took them.
        try
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log out" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        }
        catch (PlaywrightException)
        {
            throw new InvalidOperationException($"{email} could not log in; at {page.Url} the page says: {await page.Locator("main").InnerTextAsync()}");
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
