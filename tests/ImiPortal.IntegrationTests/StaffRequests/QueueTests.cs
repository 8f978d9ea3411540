using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ImiPortal.IntegrationTests.StaffRequests.StaffKit;

namespace ImiPortal.IntegrationTests.StaffRequests;

/// <summary>The queue's paging, filters, search and sort, the register export and the dashboard, over 60 seeded requests.</summary>
public sealed class QueueTests : IClassFixture<SeededQueueFactory>
{
    private static readonly RightsRequestStatus[] Open =
        [RightsRequestStatus.Received, RightsRequestStatus.AwaitingIdentity, RightsRequestStatus.AwaitingClarification, RightsRequestStatus.InProgress];

    private readonly SeededQueueFactory _factory;

    public QueueTests(SeededQueueFactory factory) => _factory = factory;

    private static DateOnly Today => SeededQueueFactory.Today;

    private IEnumerable<RightsRequest> OpenRequests => _factory.Requests.Where(r => Open.Contains(r.Status));

    [Fact]
    public async Task Queue_ByDefault_ShowsOpenRequestsSoonestDueFirst()
    {
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);

        var page = await client.GetDocumentAsync("/Staff/Requests");

        var expected = OpenRequests.Where(r => r.DueOn is not null).OrderBy(r => r.DueOn).ThenBy(r => r.ReceivedOn).Take(25).Select(r => r.Reference);
        Assert.Equal(expected, References(page));
        Assert.Equal("Showing 1 to 25 of 40 requests.", page.QuerySelector("#queue-summary")!.TextContent.Split('.')[0].Trim() + ".");
        Assert.NotNull(page.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task Queue_SecondPage_ShowsTheRestWithPausedAndAwaitingRequestsLast()
    {
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);

        var page = await client.GetDocumentAsync("/Staff/Requests?page=2");

        var rows = Rows(page);
        Assert.Equal(15, rows.Count);
        Assert.StartsWith("Showing 26 to 40 of 40 requests", page.QuerySelector("#queue-summary")!.TextContent.Trim(), StringComparison.Ordinal);
        var undated = OpenRequests.Where(r => r.DueOn is null).Select(r => r.Reference).ToHashSet();
        Assert.Equal(10, undated.Count);
        Assert.True(References(page).TakeLast(10).ToHashSet().SetEquals(undated));
        Assert.All(rows.TakeLast(10), row => Assert.Contains("None yet", row.TextContent, StringComparison.Ordinal));
        Assert.Contains("Clock stopped: waiting for ID", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[rel=prev]"));
        Assert.Null(page.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task OverdueFilter_ShowsOnlyOpenOverdueRequests_WithABadgeAndDaysOverdue()
    {
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);

        var page = await client.GetDocumentAsync("/Staff/Requests?due=overdue");

        var expected = OpenRequests.Where(r => r.DueOn < Today).Select(r => r.Reference).ToHashSet();
        Assert.InRange(expected.Count, 15, 25);
        Assert.True(References(page).ToHashSet().SetEquals(expected));
        Assert.All(Rows(page), row =>
        {
            Assert.Equal("Overdue", row.QuerySelector(".badge")!.TextContent);
            Assert.Matches(@"\d+ days? overdue", row.QuerySelector(".days-left")!.TextContent);
        });
    }

    [Fact]
    public async Task DueThisWeekFilter_ShowsRequestsDueFromMondayToSunday()
    {
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);

        var page = await client.GetDocumentAsync("/Staff/Requests?due=week");

        var monday = new DateOnly(2026, 11, 23);
        var expected = OpenRequests.Where(r => r.DueOn >= monday && r.DueOn <= monday.AddDays(6)).Select(r => r.Reference).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.True(References(page).ToHashSet().SetEquals(expected));
        Assert.Contains(Rows(page), row => row.TextContent.Contains("Due today", StringComparison.Ordinal) || row.TextContent.Contains("days overdue", StringComparison.Ordinal) || row.TextContent.Contains("left", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_FindsByExactReferenceEvenWhenClosed_ByEmail_AndByTheStartOfAName()
    {
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);
        var closed = _factory.Requests.First(r => r.Status == RightsRequestStatus.Completed);

        var byReference = await client.GetDocumentAsync($"/Staff/Requests?q={closed.Reference.ToLowerInvariant()}");
        Assert.Equal([closed.Reference], References(byReference));
        Assert.Contains("Completed", Rows(byReference)[0].TextContent, StringComparison.Ordinal);

        var byEmail = await client.GetDocumentAsync("/Staff/Requests?q=open07%40example.net");
        Assert.Equal([_factory.Requests.Single(r => r.Email == "open07@example.net").Reference], References(byEmail));

        var byName = await client.GetDocumentAsync("/Staff/Requests?q=Zeb");
        Assert.Equal([_factory.Requests.Single(r => r.FullName == "Zebedee Closed").Reference], References(byName));

        var byPrefix = await client.GetDocumentAsync("/Staff/Requests?q=Open+Person+1");
        Assert.Equal(10, Rows(byPrefix).Count);
    }

    [Fact]
    public async Task SortByReceived_ShowsTheOldestFirst()
    {
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);

        var page = await client.GetDocumentAsync("/Staff/Requests?sort=received");

        var expected = OpenRequests.OrderBy(r => r.ReceivedOn).First();
        Assert.Equal(expected.Reference, References(page)[0]);
        Assert.Contains("Open Person 00", Rows(page)[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssigneeFilters_ShowMineAndUnassigned()
    {
        using var staffA = await _factory.LoginAsync(SeededQueueFactory.StaffAEmail);

        var mine = await staffA.GetDocumentAsync("/Staff/Requests?assignee=mine");
        var unassigned = await staffA.GetDocumentAsync("/Staff/Requests?assignee=unassigned");

        Assert.True(References(mine).ToHashSet().SetEquals(OpenRequests.Where(r => r.AssigneeUserId == _factory.StaffA.Id).Select(r => r.Reference)));
        Assert.All(Rows(mine), row => Assert.Contains(SeededQueueFactory.StaffAEmail, row.TextContent, StringComparison.Ordinal));
        Assert.Equal(OpenRequests.Count(r => r.AssigneeUserId is null), int.Parse(unassigned.QuerySelector("#queue-summary")!.TextContent.Split(" of ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task StatusFilter_Completed_ShowsClosedRequestsWithTheirClosingDate()
    {
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);

        var page = await client.GetDocumentAsync("/Staff/Requests?status=Completed&closed=month");

        Assert.Equal(6, Rows(page).Count);
        Assert.All(Rows(page), row => Assert.Contains("Closed ", row.QuerySelector(".days-left")!.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_IsACsvRegisterWithTheHeaderAndOneRowPerRequest_AndNoRequesterDetails()
    {
        var (client, staff) = await LoginStaffAsync(_factory, Roles.PrivacyOfficer);

        var response = await client.GetAsync("/Staff/Requests/Export?status=all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Reference,Type,Channel,Status,Received,Due,Extended,Closed,Outcome,Assignee", lines[0]);
        Assert.Equal(60, lines.Length - 1);
        Assert.All(_factory.Requests, r => Assert.Contains(r.Reference + ",", text, StringComparison.Ordinal));
        Assert.DoesNotContain("@example.net", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Person", text, StringComparison.Ordinal);

        var refused = _factory.Requests.First(r => r.Status == RightsRequestStatus.Refused);
        // 1 November 2026 is a Sunday.
        Assert.Equal($"{refused.Reference},Access,PublicForm,Refused,2026-10-01,2026-11-02,no,2026-11-02,refused-manifestly-unfounded,", lines.Single(l => l.StartsWith(refused.Reference, StringComparison.Ordinal)));
        var assigned = OpenRequests.First(r => r.AssigneeUserId == _factory.StaffA.Id);
        Assert.EndsWith("," + SeededQueueFactory.StaffAEmail, lines.Single(l => l.StartsWith(assigned.Reference, StringComparison.Ordinal)), StringComparison.Ordinal);

        var overdue = await client.GetAsync("/Staff/Requests/Export?due=overdue");
        var overdueLines = (await overdue.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(OpenRequests.Count(r => r.DueOn < Today), overdueLines.Length - 1);

        Assert.Equal(2, await _factory.WithDbAsync(db => db.AuditEvents.CountAsync(a => a.Action == "request.register-exported" && a.ActorUserId == staff.Id)));
    }

    [Fact]
    public async Task Dashboard_CountsRequestsAndLinksToTheFilteredQueue()
    {
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);

        var page = await client.GetDocumentAsync("/Staff");

        Assert.Equal("Back office", page.QuerySelector("h1")!.TextContent);
        var overdue = page.QuerySelector("[data-count=overdue]")!;
        Assert.Equal(OpenRequests.Count(r => r.DueOn < Today).ToString(System.Globalization.CultureInfo.InvariantCulture), overdue.TextContent);
        Assert.Equal("/Staff/Requests?due=overdue", overdue.ParentElement!.GetAttribute("href"));
        var monday = new DateOnly(2026, 11, 23);
        Assert.Equal(OpenRequests.Count(r => r.DueOn >= monday && r.DueOn <= monday.AddDays(6)).ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("[data-count=week]")!.TextContent);
        Assert.Equal("4", page.QuerySelector("[data-count=on-time]")!.TextContent);
        Assert.Contains("4 of 6 completed this month on time", page.QuerySelector("[data-count=on-time]")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("12", page.QuerySelector("[data-status=Completed]")!.TextContent);
        Assert.Equal("2", page.QuerySelector("[data-status=AwaitingEmailConfirmation]")!.TextContent);
        Assert.Equal("5", page.QuerySelector("[data-status=AwaitingIdentity]")!.TextContent);
        Assert.Equal("15", page.QuerySelector("[data-status=Received]")!.TextContent);

        // Each count is the queue's own filter: following the link shows that many.
        var queue = await client.GetDocumentAsync("/Staff/Requests?due=overdue");
        Assert.Equal(int.Parse(overdue.TextContent, System.Globalization.CultureInfo.InvariantCulture), Rows(queue).Count);
    }

    private static List<IHtmlTableRowElement> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll<IHtmlTableRowElement>("table.queue-table tbody tr").ToList();

    private static List<string> References(IHtmlDocument page) =>
        Rows(page).Select(r => r.QuerySelector("th a")!.TextContent.Trim()).ToList();
}
