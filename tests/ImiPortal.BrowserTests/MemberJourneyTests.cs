using System.IO.Compression;
using ImiPortal.Domain;
using ImiPortal.Domain.Deadlines;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace ImiPortal.BrowserTests;

/// <summary>A member looking after their details, their marketing choices and their data protection requests.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MemberJourneyTests : IClassFixture<BrowserPortalFactory>
{
    private readonly BrowserFixture _browser;
    private readonly BrowserPortalFactory _portal;

    public MemberJourneyTests(BrowserFixture browser, BrowserPortalFactory portal)
    {
        _browser = browser;
        _portal = portal;
    }

    [Fact]
    public async Task Member_EditsDetailsWithABadPostcode_IsLedToTheField_CorrectsIt_AndSeesTheChangeInTheHistory()
    {
        const string journey = "member-details";
        await _portal.CreateMemberAsync("details.journey@example.net", "Priya", "Details");
        var page = await _browser.LoggedInPageAsync(_portal, "details.journey@example.net");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "My details" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My details", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("No changes have been recorded yet.");
        await PageChecks.AssertAccessibleAsync(page);
        await Artifacts.ScreenshotDesktopAndPhoneAsync(page, journey, "1-details");

        var billing = page.GetByRole(AriaRole.Group, new() { Name = "Billing address" });
        await page.GetByLabel("Phone number (optional)").FillAsync("01992 519025");
        await billing.GetByLabel("Address line 1").FillAsync("Fanshaws");
        await billing.GetByLabel("Town or city").FillAsync("Hertford");
        await billing.GetByLabel("Postcode").FillAsync("NOT A CODE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my details" }).ClickAsync();

        var postcode = billing.GetByLabel("Postcode");
        await PageChecks.AssertErrorSummaryLeadsToFieldAsync(page, "Enter a real UK postcode for your billing address, like SG13 8PQ", postcode);
        await Assertions.Expect(billing).ToContainTextAsync("Error: Enter a real UK postcode for your billing address");
        await Assertions.Expect(billing.GetByLabel("Address line 1")).ToHaveValueAsync("Fanshaws"); // nothing typed is lost
        await Artifacts.ScreenshotDesktopAndPhoneAsync(page, journey, "2-postcode-error");

        await postcode.FillAsync("SG13 8PQ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my details" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your details are saved.");
        await Assertions.Expect(page.Locator("#error-summary")).ToHaveCountAsync(0);
        await Assertions.Expect(billing.GetByLabel("Postcode")).ToHaveValueAsync("SG13 8PQ");
        await Assertions.Expect(page.GetByLabel("Phone number (optional)")).ToHaveValueAsync("01992 519025");
        await Assertions.Expect(page.Locator(".last-updated")).ToHaveTextAsync($"Last updated {Today()} by you.");
        var history = page.GetByRole(AriaRole.Table, new() { Name = "Changes to your details, newest first" });
        var newest = history.Locator("tbody tr").First;
        await Assertions.Expect(newest).ToContainTextAsync(Now());
        await Assertions.Expect(newest).ToContainTextAsync("Phone number and billing address");
        await Assertions.Expect(newest).ToContainTextAsync("You");
        await PageChecks.AssertAccessibleAsync(page);
        await Artifacts.ScreenshotDesktopAndPhoneAsync(page, journey, "3-saved-with-history");
    }

    [Fact]
    public async Task Member_ChangesMarketingChoicesByMouseThenByKeyboardAlone_SeesThemAfterReloadAndInTheTimeline()
    {
        const string journey = "marketing-preferences";
        await _portal.CreateMemberAsync("prefs.journey@example.net", "Pat", "Preferences");
        var page = await _browser.LoggedInPageAsync(_portal, "prefs.journey@example.net");
        var email = page.GetByRole(AriaRole.Checkbox, new() { Name = "Email", Exact = true });
        var sms = page.GetByRole(AriaRole.Checkbox, new() { Name = "Text messages (SMS)" });
        var post = page.GetByRole(AriaRole.Checkbox, new() { Name = "Post", Exact = true });
        var timeline = page.Locator(".consent-timeline");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Marketing preferences" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Marketing preferences", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(email).Not.ToBeCheckedAsync();
        await Assertions.Expect(post).ToBeCheckedAsync();
        await PageChecks.AssertAccessibleAsync(page);
        await Artifacts.ScreenshotDesktopAndPhoneAsync(page, journey, "1-preferences");

        // With the mouse: tick email, untick post.
        await email.CheckAsync();
        await post.UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my choices" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your marketing choices are saved. They apply from now.");

        await page.ReloadAsync();
        await Assertions.Expect(email).ToBeCheckedAsync();
        await Assertions.Expect(post).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#choice-channel-Email-basis")).ToHaveTextAsync($"You agreed on {Today()}");
        await Assertions.Expect(timeline.Locator("li", new() { HasText = "Email: granted" })).ToContainTextAsync("source: MyIMI preferences page");
        await Assertions.Expect(timeline.Locator("li", new() { HasText = "Post: withdrawn" })).ToContainTextAsync(Now());
        await PageChecks.AssertAccessibleAsync(page);
        await Artifacts.ScreenshotDesktopAndPhoneAsync(page, journey, "2-saved-with-timeline");

        // With the keyboard alone: from the top of the page, Tab to each box, Space to change it, Tab to save, Enter.
        _portal.Clock.Advance(TimeSpan.FromMinutes(5));
        await page.ReloadAsync();
        await Keyboard.TabToAsync(page, email);
        await page.Keyboard.PressAsync("Space");
        await Keyboard.TabToAsync(page, sms);
        await page.Keyboard.PressAsync("Space");
        await Keyboard.TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Save my choices" }));
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your marketing choices are saved. They apply from now.");
        await page.ReloadAsync();
        await Assertions.Expect(email).Not.ToBeCheckedAsync();
        await Assertions.Expect(sms).ToBeCheckedAsync();
        await Assertions.Expect(post).Not.ToBeCheckedAsync();
        await Assertions.Expect(timeline.Locator("li", new() { HasText = "Email: withdrawn" })).ToContainTextAsync(Now());
        await Assertions.Expect(timeline.Locator("li", new() { HasText = "Text messages (SMS): granted" })).ToContainTextAsync(Now());
        await PageChecks.AssertAccessibleAsync(page);
        await Artifacts.ScreenshotDesktopAndPhoneAsync(page, journey, "3-saved-by-keyboard");
    }

    [Fact]
    public async Task Member_AsksForTheirDataAndForErasureByKeyboard_SeesBothWithDueDates_AndDownloadsTheirData()
    {
        const string journey = "member-requests";
        await _portal.CreateMemberAsync("requests.journey@example.net", "Robin", "Requests");
        var page = await _browser.LoggedInPageAsync(_portal, "requests.journey@example.net");
        var due = UkTime.Format(ExpectedDueDate());

        // A subject access request, first sent with what it needs missing.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "My requests" }).ClickAsync();
        await Assertions.Expect(page.GetByText("You have not made any requests.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Make a new request" }).ClickAsync();
        await PageChecks.AssertAccessibleAsync(page);
        await Artifacts.ScreenshotDesktopAndPhoneAsync(page, journey, "1-rights");
        await page.GetByRole(AriaRole.Link, new() { Name = "Get a copy of your personal data" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Full name")).ToHaveValueAsync("Robin Requests");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();

        await PageChecks.AssertErrorSummaryLeadsToFieldAsync(page, "Enter your telephone number", page.GetByLabel("Telephone number"));
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("Describe the information you want, in as much detail as you can");
        await Artifacts.ScreenshotDesktopAndPhoneAsync(page, journey, "2-access-form-errors");
        await page.GetByLabel("What information do you want?").FillAsync("Everything you hold about me, including emails about my MOT tester assessment.");
        await page.GetByLabel("Telephone number").FillAsync("01632 960 001");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "We have received your request" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"We will respond by the end of {due}.");
        await Assertions.Expect(page.Locator("#request-due")).ToHaveTextAsync(due);
        await PageChecks.AssertAccessibleAsync(page);
        await Artifacts.ScreenshotDesktopAndPhoneAsync(page, journey, "3-access-received");

        // An erasure request with the keyboard alone: from the list of rights to the form, then through it.
        await page.GotoAsync("/Requests");
        await Keyboard.TabToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Erase your personal data" }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Erase your personal data", Level = 1 })).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAsync(page);
        await Keyboard.TabToAsync(page, page.GetByLabel("What would you like us to erase? (optional)"));
        await page.Keyboard.TypeAsync("Everything except my exam certificates.");
        await Keyboard.TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Send request" }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "We have received your request" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#request-due")).ToHaveTextAsync(due);

        // Both in My requests, with the date the deadline engine gives.
        await page.GetByRole(AriaRole.Link, new() { Name = "See all your requests" }).ClickAsync();
        var rows = page.GetByRole(AriaRole.Table, new() { Name = "Your data protection requests" }).Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        foreach (var title in new[] { "Get a copy of your personal data", "Erase your personal data" })
        {
            var row = rows.Filter(new() { HasText = title });
            await Assertions.Expect(row).ToContainTextAsync(Today());
            await Assertions.Expect(row.Locator("td").Last).ToHaveTextAsync(due);
        }

        await PageChecks.AssertAccessibleAsync(page);
        await Artifacts.ScreenshotDesktopAndPhoneAsync(page, journey, "4-my-requests");

        // The download asks for the password again.
        var zip = await DownloadMyDataAsync(page, journey);
        using var archive = ZipFile.OpenRead(zip);
        var json = archive.Entries.Single(e => e.FullName.EndsWith(".json", StringComparison.Ordinal));
        using var reader = new StreamReader(json.Open());
        Assert.Contains("requests.journey@example.net", await reader.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccessPackage_PrintsAsAPlainReadablePage_AndPortalPagesPrintWithoutNavigation()
    {
        const string journey = "print";
        await _portal.CreateMemberAsync("print.journey@example.net", "Pip", "Printer");
        var page = await _browser.LoggedInPageAsync(_portal, "print.journey@example.net");

        await PageChecks.AssertPrintsWithoutChromeAsync(page);
        var zip = await DownloadMyDataAsync(page, journey);
        using var archive = ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.GetEntry("my-imi-data.html")!.Open());
        var html = await reader.ReadToEndAsync();

        var printable = await _browser.NewPageAsync(_portal);
        await printable.SetContentAsync(html);
        await printable.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Assertions.Expect(printable.GetByRole(AriaRole.Heading, new() { Name = "Your data held by IMI", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(printable.Locator("body")).ToContainTextAsync("print.journey@example.net");
        await Assertions.Expect(printable.GetByRole(AriaRole.Heading, new() { Name = "Your rights" })).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAsync(printable);
        // On an A4 sheet (about 718 px between the margins) nothing is cut off at the side.
        await printable.SetViewportSizeAsync(718, 1000);
        await PageChecks.AssertNoHorizontalScrollAsync(printable);
        await Artifacts.ScreenshotAsync(printable, journey, "access-package-print");
        Directory.CreateDirectory(Path.Combine(Artifacts.Folder, journey));
        await printable.PdfAsync(new PagePdfOptions { Path = Path.Combine(Artifacts.Folder, journey, "access-package.pdf"), Format = "A4" });

        // A portal page printed: the content without the navigation, footer or cookie banner.
        await page.GotoAsync("/Privacy/Mine");
        await PageChecks.AssertPrintsWithoutChromeAsync(page);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Artifacts.ScreenshotAsync(page, journey, "my-privacy-print");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
    }

    /// <summary>The portal's UK date as pages show it, like "25 November 2026".</summary>
    private string Today() => UkTime.Format(UkTime.Today(_portal.Clock));

    /// <summary>The portal's clock as pages show it, like "25 November 2026 at 10:00" (UK time).</summary>
    private string Now() => UkTime.Format(_portal.Clock.GetUtcNow().UtcDateTime);

    /// <summary>The deadline the engine gives for a request received today (the fake clock's UK date).</summary>
    private DateOnly ExpectedDueDate() =>
        new DeadlineCalculator(new UkBankHolidayCalendar(UkRegion.EnglandAndWales)).Calculate(UkTime.Today(_portal.Clock)).DueOn
        ?? throw new InvalidOperationException("The clock is not running.");

    /// <summary>From MyIMI home to the downloaded ZIP of everything held: a wrong password first, then the right one.</summary>
    private static async Task<string> DownloadMyDataAsync(IPage page, string journey)
    {
        await page.GotoAsync("/MyImi");
        await page.GetByRole(AriaRole.Link, new() { Name = "Download my data" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Download your data", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Everything IMI holds about you" })).ToBeCheckedAsync();
        await PageChecks.AssertAccessibleAsync(page);
        await Artifacts.ScreenshotDesktopAndPhoneAsync(page, journey, "download-1-confirm-password");

        await page.GetByLabel("Your password").FillAsync("not-my-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Download" }).ClickAsync();
        await PageChecks.AssertErrorSummaryLeadsToFieldAsync(page, "That password is not right", page.GetByLabel("Your password"));
        await Artifacts.ScreenshotDesktopAndPhoneAsync(page, journey, "download-2-wrong-password");

        await page.GetByLabel("Your password").FillAsync(PortalFactory.Password);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download" }).ClickAsync());
        Assert.Matches(@"^my-imi-data-\d{4}-\d{2}-\d{2}\.zip$", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), "imiportal-downloads", Guid.NewGuid().ToString("N") + ".zip");
        await download.SaveAsAsync(path);
        return path;
    }
}
