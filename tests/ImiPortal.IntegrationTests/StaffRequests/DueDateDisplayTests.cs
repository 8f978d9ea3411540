using System.Net;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ImiPortal.IntegrationTests.StaffRequests.StaffKit;

namespace ImiPortal.IntegrationTests.StaffRequests;

/// <summary>
/// The dates staff see for requests received on awkward dates, against deadlines worked out by hand from the UK
/// rules (the ICO's examples; England and Wales bank holidays). The clock stays at 25 November 2026 here.
/// </summary>
public sealed class DueDateDisplayTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public DueDateDisplayTests(PortalFactory factory) => _factory = factory;

    [Theory]
    [InlineData("2026-01-31", "2 March 2026")]      // 28 Feb 2026 is a Saturday (the ICO's example)
    [InlineData("2026-11-25", "29 December 2026")]  // 25 Dec Fri, 26–27 weekend, 28 Mon Boxing Day substitute
    [InlineData("2025-09-03", "3 October 2025")]    // the ICO's plain example
    [InlineData("2025-01-31", "28 February 2025")]  // no 31 February: the last day of the month
    [InlineData("2026-03-03", "7 April 2026")]      // 3 Apr Good Friday, 6 Apr Easter Monday
    public async Task RequestPageAndQueue_ShowTheStatutoryDueDate(string received, string expectedDue)
    {
        var request = await RequestSeed.InsertAsync(_factory, new RequestSeed { ReceivedOn = D(received) });
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);

        var page = await client.GetDocumentAsync(DetailsUrl(request.Id));
        Assert.Equal(expectedDue, page.QuerySelector("#due-on")!.TextContent);

        var queue = await client.GetDocumentAsync($"/Staff/Requests?q={request.Reference}");
        var row = Assert.Single(queue.QuerySelectorAll("table.queue-table tbody tr"));
        Assert.Contains(expectedDue, row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdReceived_OnALaterDate_RestartsTheMonthFromThatDate()
    {
        var request = await RequestSeed.InsertAsync(_factory, new RequestSeed
        {
            ReceivedOn = D("2026-11-02"),
            Status = RightsRequestStatus.AwaitingIdentity,
            Steps = [(RightsRequestEventKind.IdentityRequested, D("2026-11-03"))],
        });
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);
        var before = await client.GetDocumentAsync(DetailsUrl(request.Id));
        Assert.Equal("None until the ID arrives", before.QuerySelector("#due-on")!.TextContent);
        Assert.Contains("waiting for ID asked for on 3 November 2026", before.QuerySelector("#clock-starts-on")!.TextContent, StringComparison.Ordinal);

        var response = await client.SubmitFormAsync(DetailsUrl(request.Id), new() { ["Received.ReceivedOn"] = "2026-11-20" }, "/IdentityReceived/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetDocumentAsync(DetailsUrl(request.Id));
        Assert.Equal("20 November 2026", after.QuerySelector("#clock-starts-on")!.TextContent);
        Assert.Equal("21 December 2026", after.QuerySelector("#due-on")!.TextContent); // 20 Dec 2026 is a Sunday
        var stored = await _factory.WithDbAsync(db => db.RightsRequests.Include(r => r.Events).SingleAsync(r => r.Id == request.Id));
        Assert.Equal(RightsRequestStatus.InProgress, stored.Status);
        Assert.Equal(D("2026-12-21"), stored.DueOn);
        Assert.Equal(D("2026-11-20"), stored.Events.Single(e => e.Kind == RightsRequestEventKind.IdentityReceived).EffectiveOn);
    }

    [Fact]
    public async Task IdReceived_BeforeItWasAskedFor_IsRefused()
    {
        var request = await RequestSeed.InsertAsync(_factory, new RequestSeed
        {
            ReceivedOn = D("2026-11-02"),
            Status = RightsRequestStatus.AwaitingIdentity,
            Steps = [(RightsRequestEventKind.IdentityRequested, D("2026-11-10"))],
        });
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);

        var response = await client.SubmitFormAsync(DetailsUrl(request.Id), new() { ["Received.ReceivedOn"] = "2026-11-05" }, "/IdentityReceived/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("10 November 2026 (when ID was asked for)", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Received_ReceivedOn-error"));
        Assert.Equal(RightsRequestStatus.AwaitingIdentity, await _factory.WithDbAsync(db => db.RightsRequests.Where(r => r.Id == request.Id).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task ClarificationAnswered_AddsThePausedDaysToTheDeadline()
    {
        var request = await RequestSeed.InsertAsync(_factory, new RequestSeed
        {
            ReceivedOn = D("2026-11-02"),
            Status = RightsRequestStatus.AwaitingClarification,
            Steps = [(RightsRequestEventKind.ClarificationRequested, D("2026-11-05"))],
        });
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);
        var paused = await client.GetDocumentAsync(DetailsUrl(request.Id));
        Assert.Equal("5 November 2026", paused.QuerySelector("#paused-since")!.TextContent);

        var response = await client.SubmitFormAsync(DetailsUrl(request.Id), new() { ["Received.ReceivedOn"] = "2026-11-09" }, "/ClarificationReceived/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetDocumentAsync(DetailsUrl(request.Id));

        // 2 Dec 2026 plus 5 paused days (5 to 9 November, both included) is Monday 7 December.
        Assert.Equal("7 December 2026", after.QuerySelector("#due-on")!.TextContent);
        Assert.Equal("2 November 2026", after.QuerySelector("#clock-starts-on")!.TextContent);
    }

    [Fact]
    public async Task Extension_GivesThreeMonthsFromTheStart()
    {
        var request = await RequestSeed.InsertAsync(_factory, new RequestSeed { ReceivedOn = D("2026-11-25"), Email = "extend-display@example.net" });
        var (client, _) = await LoginStaffAsync(_factory, Roles.PrivacyOfficer);

        var response = await client.SubmitFormAsync(DetailsUrl(request.Id), new() { ["Extend.ExtensionReason"] = "You have made several related requests." }, "/Extend/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync(DetailsUrl(request.Id));
        Assert.Equal("25 February 2027", page.QuerySelector("#due-on")!.TextContent);
        Assert.StartsWith("Yes", page.QuerySelector("#extended")!.TextContent, StringComparison.Ordinal);
        var email = Assert.Single(await Outbox.ForAsync(_factory, "extend-display@example.net"));
        Assert.Contains("We will respond by 25 February 2027.", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LateExtensionInTheHistory_IsShownAsAWarning()
    {
        var request = await RequestSeed.InsertAsync(_factory, new RequestSeed
        {
            ReceivedOn = D("2026-09-01"),
            Steps = [(RightsRequestEventKind.Extended, D("2026-10-20"))],
        });
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);

        var page = await client.GetDocumentAsync(DetailsUrl(request.Id));

        Assert.Equal("1 October 2026", page.QuerySelector("#due-on")!.TextContent);
        Assert.Contains("An extension recorded on 20 October 2026 did not change the deadline", page.QuerySelector(".deadline-panel .alert-warning")!.TextContent, StringComparison.Ordinal);
    }
}
