using ImiPortal.Domain;
using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Deadlines;
using ImiPortal.Infrastructure.Consent;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Email;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ImiPortal.BrowserTests;

/// <summary>What works without logging in: a request from someone without an account, the unsubscribe link, the cookie banner.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicJourneyTests : IClassFixture<BrowserPortalFactory>
{
    private const string AnalyticsCookie = "MyImi.Analytics";
    private const string ConsentCookie = "MyImi.CookieConsent";

    private readonly BrowserFixture _browser;
    private readonly BrowserPortalFactory _portal;

    public PublicJourneyTests(BrowserFixture browser, BrowserPortalFactory portal)
    {
        _browser = browser;
        _portal = portal;
    }

    [Fact]
    public async Task Visitor_WithoutAnAccount_AsksForTheirData_ConfirmsByEmail_AndSeesTheRequestReceived()
    {
        const string journey = "public-request";
        var page = await _browser.NewPageAsync(_portal);
        var due = UkTime.Format(new DeadlineCalculator(new UkBankHolidayCalendar(UkRegion.EnglandAndWales)).Calculate(UkTime.Today(_portal.Clock)).DueOn!.Value);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "make a data protection request" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Make a data protection request", Level = 1 })).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAsync(page);
        await Artifacts.ScreenshotDesktopAndPhoneAsync(page, journey, "1-rights");

        await page.GetByRole(AriaRole.Link, new() { Name = "Get a copy of your personal data" }).ClickAsync();
        await Assertions.Expect(page.GetByText("You do not need an account.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();

        await PageChecks.AssertErrorSummaryLeadsToFieldAsync(page, "Enter your full name", page.GetByLabel("Full name"));
        // The errors are listed in the order of the fields on the page.
        await Assertions.Expect(page.Locator("#error-summary li")).ToHaveTextAsync(
        [
            "Describe the information you want, in as much detail as you can",
            "Enter your full name",
            "Enter your email address: we send the acknowledgement and our response to it",
            "Enter your telephone number",
        ]);
        await Artifacts.ScreenshotDesktopAndPhoneAsync(page, journey, "2-form-errors");

        await page.GetByLabel("What information do you want?").FillAsync("Records of the IMI courses I took in 2019.");
        await page.GetByLabel("Full name").FillAsync("Vic Visitor");
        await page.GetByLabel("Email address").FillAsync("vic.visitor@example.net");
        await page.GetByLabel("Telephone number").FillAsync("01632 960 002");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email", Level = 1 })).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAsync(page);
        await Artifacts.ScreenshotDesktopAndPhoneAsync(page, journey, "3-check-email");

        await page.GotoAsync(await Outbox.LinkAsync(_portal, "vic.visitor@example.net", RequestIntakeEmails.ConfirmEmailKind));

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Thank you: your email address is confirmed and we have received your request.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Request RR-[A-Z0-9]{4}-[A-Z0-9]{4}$"));
        await Assertions.Expect(page.Locator("#request-status")).ToHaveTextAsync("We have received your request");
        await Assertions.Expect(page.Locator("#request-due")).ToHaveTextAsync(due);
        await PageChecks.AssertAccessibleAsync(page);
        await Artifacts.ScreenshotDesktopAndPhoneAsync(page, journey, "4-confirmed");
    }

    [Fact]
    public async Task UnsubscribeLink_FromAMarketingEmail_WorksLoggedOut_AndWithdrawsTheEmailPermission()
    {
        const string journey = "unsubscribe";
        var user = await _portal.CreateMemberAsync("unsubscribe.journey@example.net", "Uma", "Unsubscribe");
        var memberId = await _portal.WithDbAsync(db => db.Members.Where(m => m.UserId == user.Id).Select(m => m.Id).SingleAsync());
        await SendMarketingEmailAsync(memberId);

        // The link from the email, opened in a browser where nobody is logged in.
        var page = await _browser.NewPageAsync(_portal);
        await page.GotoAsync(await Outbox.LinkAsync(_portal, "unsubscribe.journey@example.net", MarketingEmailFactory.Kind));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Unsubscribe from IMI marketing email", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Log in", Exact = true })).ToBeVisibleAsync(); // not logged in
        Assert.True(await EmailGrantedAsync(memberId)); // opening the link changes nothing
        await PageChecks.AssertAccessibleAsync(page);
        await Artifacts.ScreenshotDesktopAndPhoneAsync(page, journey, "1-confirm");

        await page.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You are unsubscribed", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("We will not send you marketing email any more.");
        await PageChecks.AssertAccessibleAsync(page);
        await Artifacts.ScreenshotDesktopAndPhoneAsync(page, journey, "2-done");
        Assert.False(await EmailGrantedAsync(memberId));
        var recorded = await _portal.WithDbAsync(db => db.ConsentEvents.AsNoTracking().Where(e => e.MemberId == memberId).OrderBy(e => e.Id).LastAsync());
        Assert.Equal((ConsentSource.UnsubscribeLink, MarketingChannel.Email, false), (recorded.Source, recorded.Channel, recorded.Granted));

        // The member sees it in their preferences next time they log in.
        var member = await _browser.LoggedInPageAsync(_portal, "unsubscribe.journey@example.net");
        await member.GotoAsync("/Preferences");
        await Assertions.Expect(member.GetByRole(AriaRole.Checkbox, new() { Name = "Email", Exact = true })).Not.ToBeCheckedAsync();
        await Assertions.Expect(member.Locator(".consent-timeline li").First).ToContainTextAsync("Email: withdrawn");
        await Assertions.Expect(member.Locator(".consent-timeline li").First).ToContainTextAsync("source: unsubscribe link in an email");
        await PageChecks.AssertAccessibleAsync(member);
        await Artifacts.ScreenshotAsync(member, journey, "3-preferences-after");
    }

    [Fact]
    public async Task CookieBanner_Rejected_SetsNoAnalyticsCookieAndStaysAnswered_Accepted_SetsTheAnalyticsCookie()
    {
        const string journey = "cookies";
        var rejecting = await _browser.NewPageAsync(_portal);
        var banner = rejecting.GetByRole(AriaRole.Region, new() { Name = "Cookies on MyIMI" });

        await rejecting.GotoAsync("/");
        await Assertions.Expect(banner).ToBeVisibleAsync();
        Assert.DoesNotContain(await rejecting.Context.CookiesAsync(), c => c.Name == AnalyticsCookie);
        await PageChecks.AssertAccessibleAsync(rejecting);
        await Artifacts.ScreenshotDesktopAndPhoneAsync(rejecting, journey, "1-banner");

        await banner.GetByRole(AriaRole.Button, new() { Name = "Reject analytics cookies" }).ClickAsync();

        await Assertions.Expect(rejecting.GetByRole(AriaRole.Status)).ToHaveTextAsync("You have rejected analytics cookies. You can change your cookie settings at any time.");
        await Assertions.Expect(banner).ToHaveCountAsync(0);
        await AssertCookiesAsync(rejecting, consent: "analytics-no.v1", analytics: false);
        await PageChecks.AssertAccessibleAsync(rejecting);
        await Artifacts.ScreenshotAsync(rejecting, journey, "2-rejected");
        foreach (var url in new[] { "/", "/Account/Login" })
        {
            await rejecting.GotoAsync(url);
            await rejecting.ReloadAsync();
            await Assertions.Expect(banner).ToHaveCountAsync(0);
            await AssertCookiesAsync(rejecting, consent: "analytics-no.v1", analytics: false);
        }

        await rejecting.GotoAsync("/Cookies");
        await Assertions.Expect(rejecting.Locator("#cookie-choice")).ToHaveTextAsync("You have rejected analytics cookies.");

        // Someone else accepts: the app sets its own first-party analytics cookie and loads its analytics script.
        var accepting = await _browser.NewPageAsync(_portal);
        await accepting.GotoAsync("/");
        await accepting.GetByRole(AriaRole.Region, new() { Name = "Cookies on MyIMI" }).GetByRole(AriaRole.Button, new() { Name = "Accept analytics cookies" }).ClickAsync();

        await Assertions.Expect(accepting.GetByRole(AriaRole.Status)).ToHaveTextAsync("You have accepted analytics cookies. You can change your cookie settings at any time.");
        await AssertCookiesAsync(accepting, consent: "analytics-yes.v1", analytics: true);
        await accepting.ReloadAsync();
        await Assertions.Expect(accepting.GetByRole(AriaRole.Region, new() { Name = "Cookies on MyIMI" })).ToHaveCountAsync(0);
        await AssertCookiesAsync(accepting, consent: "analytics-yes.v1", analytics: true);
        await Artifacts.ScreenshotAsync(accepting, journey, "3-accepted");

        // Changing their mind on the cookie page removes the analytics cookie at once.
        await accepting.GotoAsync("/Cookies");
        await accepting.GetByRole(AriaRole.Button, new() { Name = "Reject analytics cookies" }).ClickAsync();
        await Assertions.Expect(accepting.Locator("#cookie-choice")).ToHaveTextAsync("You have rejected analytics cookies.");
        await AssertCookiesAsync(accepting, consent: "analytics-no.v1", analytics: false);
        await PageChecks.AssertAccessibleAsync(accepting);
        await Artifacts.ScreenshotDesktopAndPhoneAsync(accepting, journey, "4-cookie-settings");
    }

    /// <summary>The consent cookie holds the choice; the analytics cookie and script are there only after accepting.</summary>
    private static async Task AssertCookiesAsync(IPage page, string consent, bool analytics)
    {
        var cookies = await page.Context.CookiesAsync();
        Assert.Equal(consent, Assert.Single(cookies, c => c.Name == ConsentCookie).Value);
        var analyticsCookie = cookies.SingleOrDefault(c => c.Name == AnalyticsCookie);
        var script = page.Locator("script[src*='/js/analytics.js']");
        if (analytics)
        {
            Assert.NotNull(analyticsCookie);
            Assert.Matches("^[0-9a-f]{32}$", analyticsCookie.Value);
            Assert.True(analyticsCookie.HttpOnly);
            await Assertions.Expect(script).ToHaveCountAsync(1);
        }
        else
        {
            Assert.Null(analyticsCookie);
            await Assertions.Expect(script).ToHaveCountAsync(0);
        }
    }

    /// <summary>A campaign send for one member who agreed to email: built by the app's own factory and queued in the outbox.</summary>
    private async Task SendMarketingEmailAsync(Guid memberId)
    {
        await using var scope = _portal.Scope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<ConsentLedger>().RecordAsync(
            new ConsentRecord(memberId, [new ConsentChange(ConsentSubject.ForChannel(MarketingChannel.Email), Granted: true)], ConsentSource.MyImiForm),
            CancellationToken.None);
        var db = services.GetRequiredService<PortalDbContext>();
        var topicId = await db.MarketingTopics.OrderBy(t => t.SortOrder).Select(t => t.Id).FirstAsync();
        var message = await services.GetRequiredService<MarketingEmailFactory>().CreateAsync(memberId, topicId, "IMI news", "This month at IMI.", CancellationToken.None)
                      ?? throw new InvalidOperationException("The member may not be emailed.");
        services.GetRequiredService<IEmailOutbox>().Add(message);
        await db.SaveChangesAsync();
    }

    private Task<bool> EmailGrantedAsync(Guid memberId)
    {
        var key = ConsentSubject.ForChannel(MarketingChannel.Email).Key;
        return _portal.WithDbAsync(db => db.ConsentStates.AsNoTracking().Where(s => s.MemberId == memberId && s.SubjectKey == key).Select(s => s.Granted).SingleAsync());
    }
}
