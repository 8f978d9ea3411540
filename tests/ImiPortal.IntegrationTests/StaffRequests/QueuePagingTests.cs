using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;
using static ImiPortal.IntegrationTests.StaffRequests.StaffKit;

namespace ImiPortal.IntegrationTests.StaffRequests;

/// <summary>
/// The queue's pager: "Next page" and "Previous page" links carry a cursor (the first or last row's key), so every
/// page reads from where the last one stopped; the walk must visit every request once, in order, through ties.
/// </summary>
public sealed class QueuePagingTests : IClassFixture<PagedQueueFactory>
{
    private static readonly RightsRequestStatus[] Open =
        [RightsRequestStatus.Received, RightsRequestStatus.AwaitingIdentity, RightsRequestStatus.AwaitingClarification, RightsRequestStatus.InProgress];

    private readonly PagedQueueFactory _factory;

    public QueuePagingTests(PagedQueueFactory factory) => _factory = factory;

    private IEnumerable<RightsRequest> OpenRequests => _factory.Requests.Where(r => Open.Contains(r.Status));

    /// <summary>SQLite keeps ids as upper-case text and orders them as such.</summary>
    private static string IdKey(RightsRequest r) => r.Id.ToString("D").ToUpperInvariant();

    /// <summary>The queue's default order: dated by (due, received, id), then undated by (received, id).</summary>
    private List<string> DueOrder() =>
        OpenRequests.Where(r => r.DueOn is not null).OrderBy(r => r.DueOn).ThenBy(r => r.ReceivedOn).ThenBy(IdKey, StringComparer.Ordinal)
            .Concat(OpenRequests.Where(r => r.DueOn is null).OrderBy(r => r.ReceivedOn).ThenBy(IdKey, StringComparer.Ordinal))
            .Select(r => r.Reference).ToList();

    [Fact]
    public async Task NextLinks_VisitEveryOpenRequestOnce_DatedSoonestDueFirst_ThenPausedAndAwaitingOnes()
    {
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);

        var pages = await WalkForwardAsync(client, "/Staff/Requests");

        var expected = DueOrder();
        Assert.Equal(70, expected.Count);
        Assert.Equal(30, OpenRequests.Count(r => r.DueOn is null));
        Assert.True(OpenRequests.Count(r => r.DueOn == new DateOnly(2026, 10, 19)) >= 12, "the seed should tie on the due date");
        Assert.Equal(expected, pages.SelectMany(p => References(p)));
        Assert.Equal([25, 25, 20], pages.Select(p => References(p).Count));
        Assert.Equal(["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"], pages.Select(PageLabel));
        Assert.Equal(
            ["Showing 1 to 25 of 70 requests.", "Showing 26 to 50 of 70 requests.", "Showing 51 to 70 of 70 requests."],
            pages.Select(p => p.QuerySelector("#queue-summary")!.TextContent.Split('.')[0].Trim() + "."));

        // The boundary between pages 2 and 3 lies inside the undated requests, which show no due date.
        Assert.All(Rows(pages[2]), row => Assert.Contains("None yet", row.TextContent, StringComparison.Ordinal));
        Assert.Contains("None yet", Rows(pages[1])[^1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("None yet", Rows(pages[1])[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagerLinks_CarryAnOpaqueCursor_NotAPageNumber_AndTheFirstPageHasNoPreviousLink()
    {
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);

        var first = await client.GetDocumentAsync("/Staff/Requests");
        var next = first.QuerySelector("nav[aria-label='Pages of requests'] a[rel=next]")!;

        Assert.Equal("Next page", next.TextContent.Trim());
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        var href = next.GetAttribute("href")!;
        Assert.Matches("[?&]after=[A-Za-z0-9_-]{40,}$", href);
        Assert.DoesNotContain("page=", href, StringComparison.Ordinal);
        Assert.DoesNotContain(DueOrder()[24], href, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreviousLinks_WalkBackThroughTheSamePages_ToAPlainFirstPage()
    {
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);
        var forward = await WalkForwardAsync(client, "/Staff/Requests");

        var page = forward[^1];
        var backward = new List<IHtmlDocument> { page };
        while (page.QuerySelector("a[rel=prev]") is { } previous)
        {
            Assert.Equal("Previous page", previous.TextContent.Trim());
            page = await client.GetDocumentAsync(previous.GetAttribute("href")!);
            backward.Add(page);
        }

        backward.Reverse();
        Assert.Equal(forward.Select(p => References(p)), backward.Select(p => References(p)));
        Assert.Equal(forward.Select(PageLabel), backward.Select(PageLabel));
        Assert.Equal("/Staff/Requests", forward[1].QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("First page", forward[2].QuerySelector("nav[aria-label='Pages of requests'] a")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("truncate")]
    [InlineData("garbage")]
    [InlineData("other-filters")]
    [InlineData("other-order")]
    [InlineData("next-as-previous")]
    public async Task TamperedMalformedOrForeignCursor_ShowsPageOne(string how)
    {
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);
        var second = await client.GetDocumentAsync(NextHref(await client.GetDocumentAsync("/Staff/Requests")));
        var cursor = CursorOf(NextHref(second), "after");
        var url = how switch
        {
            "flip" => "/Staff/Requests?after=" + cursor[..20] + (cursor[20] == 'A' ? 'B' : 'A') + cursor[21..],
            "truncate" => "/Staff/Requests?after=" + cursor[..^4],
            "garbage" => "/Staff/Requests?after=%E2%9C%93not-a-cursor*&page=2",
            "other-filters" => "/Staff/Requests?assignee=unassigned&after=" + cursor,
            "other-order" => "/Staff/Requests?sort=received&after=" + cursor,
            _ => "/Staff/Requests?before=" + cursor,
        };

        var firstPage = how switch
        {
            "other-filters" => "/Staff/Requests?assignee=unassigned",
            "other-order" => "/Staff/Requests?sort=received",
            _ => "/Staff/Requests",
        };

        var response = await client.GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var page = await client.GetDocumentAsync(url);
        Assert.Equal(References(await client.GetDocumentAsync(firstPage)), References(page));
        Assert.StartsWith("Page 1 of ", PageLabel(page), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a[rel=prev]"));
        if (firstPage == "/Staff/Requests")
        {
            Assert.Equal(DueOrder().Take(25), References(page));
        }
    }

    [Fact]
    public async Task OldPageNumberLinks_StillShowThatPage_AndItsLinksCarryCursors()
    {
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);

        var page = await client.GetDocumentAsync("/Staff/Requests?page=2");

        Assert.Equal(DueOrder().Skip(25).Take(25), References(page));
        Assert.Equal("Page 2 of 3", PageLabel(page));
        var third = await client.GetDocumentAsync(NextHref(page));
        Assert.Equal(DueOrder().Skip(50), References(third));
        Assert.Equal(DueOrder().Skip(50), References(await client.GetDocumentAsync("/Staff/Requests?page=99")));
    }

    [Theory]
    [InlineData("received")]
    [InlineData("received-desc")]
    public async Task ReceivedOrders_PageThroughEveryRequestOnce_WithTiesOnTheDateSettledByTheId(string sort)
    {
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);

        var pages = await WalkForwardAsync(client, "/Staff/Requests?sort=" + sort);

        // Seeded requests were created at 08:00 on their receipt day: date and time tie within a day, the id decides.
        var expected = sort == "received"
            ? OpenRequests.OrderBy(r => r.ReceivedOn).ThenBy(r => r.CreatedAt).ThenBy(IdKey, StringComparer.Ordinal)
            : OpenRequests.OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.CreatedAt).ThenBy(IdKey, StringComparer.Ordinal);
        Assert.Equal(expected.Select(r => r.Reference), pages.SelectMany(p => References(p)));
        Assert.All(pages.Skip(1), p => Assert.Contains("sort=" + sort, p.QuerySelector("a[rel=prev]")!.GetAttribute("href"), StringComparison.Ordinal));

        var back = await client.GetDocumentAsync(pages[2].QuerySelector("a[rel=prev]")!.GetAttribute("href")!);
        Assert.Equal(References(pages[1]), References(back));
    }

    [Fact]
    public async Task FiltersAndSearch_CombineWithPaging()
    {
        var (client, _) = await LoginStaffAsync(_factory, Roles.MemberServices);

        var unassigned = await WalkForwardAsync(client, "/Staff/Requests?assignee=unassigned&type=Access");
        var byName = await WalkForwardAsync(client, "/Staff/Requests?q=Paged+Undated");

        var expectedUnassigned = DueOrder().Where(reference =>
        {
            var r = _factory.Requests.Single(x => x.Reference == reference);
            return r.AssigneeUserId is null && r.Type == RightsRequestType.Access;
        });
        Assert.Equal(expectedUnassigned, unassigned.SelectMany(p => References(p)));
        Assert.True(unassigned.Count >= 2, "the filter should still need more than one page");
        Assert.All(unassigned.Skip(1), p =>
        {
            var previous = p.QuerySelector("a[rel=prev]")!.GetAttribute("href")!;
            Assert.Contains("assignee=unassigned", previous, StringComparison.Ordinal);
            Assert.Contains("type=Access", previous, StringComparison.Ordinal);
        });

        // A search shows every status; the 30 undated requests are two pages.
        Assert.Equal(DueOrder().Skip(40), byName.SelectMany(p => References(p)));
        Assert.Equal(["Page 1 of 2", "Page 2 of 2"], byName.Select(PageLabel));
    }

    private static async Task<List<IHtmlDocument>> WalkForwardAsync(PortalClient client, string url)
    {
        var pages = new List<IHtmlDocument> { await client.GetDocumentAsync(url) };
        while (pages[^1].QuerySelector("a[rel=next]") is not null)
        {
            Assert.True(pages.Count < 10, "the Next links should end");
            pages.Add(await client.GetDocumentAsync(NextHref(pages[^1])));
        }

        return pages;
    }

    private static string NextHref(IHtmlDocument page) => page.QuerySelector("a[rel=next]")!.GetAttribute("href")!;

    private static string CursorOf(string href, string name) =>
        href.Split('?')[1].Split('&').Single(p => p.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..];

    private static string PageLabel(IHtmlDocument page) =>
        page.QuerySelector("nav[aria-label='Pages of requests'] [aria-current=page]")?.TextContent.Trim() ?? "(no pager)";

    private static List<IHtmlTableRowElement> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll<IHtmlTableRowElement>("table.queue-table tbody tr").ToList();

    private static List<string> References(IHtmlDocument page) =>
        Rows(page).Select(r => r.QuerySelector("th a")!.TextContent.Trim()).ToList();
}
