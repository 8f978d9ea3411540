using ImiPortal.Domain;
using ImiPortal.Domain.Deadlines;
using ImiPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ImiPortal.BrowserTests;

/// <summary>Member services working a rights request in the back office, and the member seeing the result.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffJourneyTests : IClassFixture<BrowserPortalFactory>
{
    private readonly BrowserFixture _browser;
    private readonly BrowserPortalFactory _portal;

    public StaffJourneyTests(BrowserFixture browser, BrowserPortalFactory portal)
    {
        _browser = browser;
        _portal = portal;
    }

    [Fact]
    public async Task MemberServices_FilterTheQueue_VerifyIdentity_HaveItExtended_AndComplete_ThenTheMemberSeesItCompleted()
    {
        const string journey = "staff-request";
        var calculator = new DeadlineCalculator(new UkBankHolidayCalendar(UkRegion.EnglandAndWales));
        var today = UkTime.Today(_portal.Clock);
        var member = await _portal.CreateMemberAsync("staff.journey.member@example.net", "Sam", "Subject");
        var membershipNumber = await _portal.WithDbAsync(db => db.Members.Where(m => m.UserId == member.Id).Select(m => m.MembershipNumber).SingleAsync());
        await _portal.CreateMemberAsync("staff.journey.other@example.net", "Olly", "Other");
        await _portal.CreateStaffAsync("member.services@theimi.org.uk", Roles.MemberServices);
        await _portal.CreateStaffAsync("privacy.officer@theimi.org.uk", Roles.PrivacyOfficer);
        await SubmitRequestAsync("staff.journey.other@example.net", "Erase your personal data");

        // Sam phones member services, who record the access request against his membership number.
        var staff = await _browser.LoggedInPageAsync(_portal, "member.services@theimi.org.uk");
        await staff.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Back office" }).ClickAsync();
        await PageChecks.AssertAccessibleAsync(staff);
        await Artifacts.ScreenshotAsync(staff, journey, "0-back-office");
        await staff.GotoAsync("/Staff/Intake/New?type=Access");
        await staff.GetByLabel("Received by").SelectOptionAsync(new SelectOptionValue { Label = "Phone" });
        await staff.GetByLabel("What information do you want?").FillAsync("Copies of his assessment records and emails from 2024.");
        await staff.GetByLabel("Full name").FillAsync("Sam Subject");
        await staff.GetByLabel("Membership number (if any)").FillAsync(membershipNumber);
        await staff.GetByLabel("Email address (optional)").FillAsync("staff.journey.member@example.net");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Record request" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Request recorded" })).ToBeVisibleAsync();
        var reference = (await staff.Locator(".request-reference").TextContentAsync())!;
        await PageChecks.AssertAccessibleAsync(staff);

        // Member services find it among the others.
        await staff.GotoAsync("/Staff/Requests");
        var queue = staff.GetByRole(AriaRole.Table).Locator("tbody tr");
        await Assertions.Expect(staff.Locator("#queue-summary")).ToContainTextAsync("Showing 1 to 2 of 2 requests.");
        await PageChecks.AssertAccessibleAsync(staff);
        await Artifacts.ScreenshotAsync(staff, journey, "1-queue");

        await staff.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "Access" });
        await staff.GetByLabel("Search").FillAsync("Sam");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Assertions.Expect(staff.Locator("#queue-summary")).ToContainTextAsync("Showing 1 to 1 of 1 request.");
        await Assertions.Expect(queue).ToHaveCountAsync(1);
        await Assertions.Expect(queue).ToContainTextAsync("Sam Subject");
        await Assertions.Expect(queue).ToContainTextAsync(UkTime.Format(calculator.Calculate(today).DueOn!.Value));
        await PageChecks.AssertAccessibleAsync(staff);
        await Artifacts.ScreenshotAsync(staff, journey, "2-queue-filtered");

        await queue.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = $"Request {reference}", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(staff.Locator("#identity")).ToHaveTextAsync("Not verified yet");
        await Assertions.Expect(staff.Locator(".not-possible")).ToContainTextAsync("Only the privacy officer can extend a deadline");
        await PageChecks.AssertAccessibleAsync(staff);
        await Artifacts.ScreenshotAsync(staff, journey, "3-request");

        // Identity: first without a method (an error), then properly.
        await staff.GetByRole(AriaRole.Button, new() { Name = "Record identity as verified by me" }).ClickAsync();
        await Assertions.Expect(staff.Locator("#error-summary")).ToBeFocusedAsync();
        await PageChecks.AssertAccessibleAsync(staff);
        await Artifacts.ScreenshotAsync(staff, journey, "4-verify-error");
        await staff.GetByLabel("How was the identity verified?").SelectOptionAsync(new SelectOptionValue { Label = "Knowledge-based check" });
        await staff.GetByRole(AriaRole.Button, new() { Name = "Record identity as verified by me" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToHaveTextAsync("Identity verification recorded.");
        await Assertions.Expect(staff.Locator("#identity")).ToHaveTextAsync($"Verified (Knowledge-based check) on {UkTime.Format(today)} by member.services@theimi.org.uk");

        // The privacy officer extends it (only they may), and the new deadline is the engine's.
        var officer = await _browser.LoggedInPageAsync(_portal, "privacy.officer@theimi.org.uk");
        await officer.GotoAsync(staff.Url);
        await officer.GetByLabel("Reason for the extension").FillAsync("The request covers several years of assessment records held in different systems.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Extend and tell the requester" }).ClickAsync();
        await Assertions.Expect(officer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Deadline extended and the requester told why.");
        await Assertions.Expect(officer.Locator("#extended")).ToHaveTextAsync("Yes, by two further months");
        var extendedDue = UkTime.Format(calculator.Calculate(today, new ExtensionDecided(today)).DueOn!.Value);
        await Assertions.Expect(officer.Locator("#due-on")).ToHaveTextAsync(extendedDue);
        await PageChecks.AssertAccessibleAsync(officer);
        await Artifacts.ScreenshotAsync(officer, journey, "5-extended");

        // Member services complete it.
        await staff.ReloadAsync();
        await staff.GetByLabel("Outcome for the requester").FillAsync("We have sent you a copy of your personal data by secure email.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Complete the request" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToHaveTextAsync("Request completed and the requester sent the outcome.");
        await Assertions.Expect(staff.Locator("main .lead")).ToContainTextAsync("Status: Completed");
        await PageChecks.AssertAccessibleAsync(staff);
        await Artifacts.ScreenshotAsync(staff, journey, "6-completed");

        // The member sees it completed.
        var sam = await _browser.LoggedInPageAsync(_portal, "staff.journey.member@example.net");
        await sam.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "My requests" }).ClickAsync();
        var row = sam.GetByRole(AriaRole.Table, new() { Name = "Your data protection requests" }).Locator("tbody tr", new() { HasText = reference });
        await Assertions.Expect(row).ToContainTextAsync("Completed");
        await Assertions.Expect(row.Locator("td").Last).ToHaveTextAsync($"Completed on {UkTime.Format(today)}");
        await PageChecks.AssertAccessibleAsync(sam);
        await Artifacts.ScreenshotDesktopAndPhoneAsync(sam, journey, "7-member-my-requests");
        await row.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Assertions.Expect(sam.Locator(".request-outcome")).ToHaveTextAsync("We have sent you a copy of your personal data by secure email.");
        await Assertions.Expect(sam.Locator(".request-timeline")).ToContainTextAsync("The request covers several years of assessment records");
        await PageChecks.AssertAccessibleAsync(sam);
        await Artifacts.ScreenshotDesktopAndPhoneAsync(sam, journey, "8-member-request");
    }

    /// <summary>The member logs in and sends the request from its form in My requests.</summary>
    private async Task SubmitRequestAsync(string email, string title)
    {
        var page = await _browser.LoggedInPageAsync(_portal, email);
        await page.GotoAsync("/Requests");
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "We have received your request" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
