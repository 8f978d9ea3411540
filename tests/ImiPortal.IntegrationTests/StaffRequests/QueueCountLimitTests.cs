using AngleSharp.Html.Dom;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using static ImiPortal.IntegrationTests.StaffRequests.StaffKit;

namespace ImiPortal.IntegrationTests.StaffRequests;

/// <summary>The paged queue's 70 open requests with a count limit of 30 (ADR-018; the portal's default is 1,000).</summary>
public sealed class CappedQueueFactory : PagedQueueFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Requests:QueueCountLimit", "30");
    }
}

/// <summary>
/// The queue counts matching requests exactly up to its limit and says "more than" beyond it, until the last page
/// shows where the list ends.
/// </summary>
public sealed class QueueCountLimitTests(CappedQueueFactory factory) : IClassFixture<CappedQueueFactory>
{
    [Fact]
    public async Task PastTheLimit_PagesSayMoreThan_UntilTheLastPage_AndStillVisitEveryOpenRequestOnce()
    {
        var (client, _) = await LoginStaffAsync(factory, Roles.MemberServices);

        var pages = new List<IHtmlDocument> { await client.GetDocumentAsync("/Staff/Requests") };
        while (pages[^1].QuerySelector("a[rel=next]")?.GetAttribute("href") is { } next)
        {
            Assert.True(pages.Count < 10, "the Next links should end");
            pages.Add(await client.GetDocumentAsync(next));
        }

        Assert.Equal(
            ["Showing 1 to 25 of more than 30 requests.", "Showing 26 to 50 of more than 50 requests.", "Showing 51 to 70 of 70 requests."],
            pages.Select(p => p.QuerySelector("#queue-summary")!.TextContent.Split('.')[0].Trim() + "."));
        Assert.Equal(["Page 1", "Page 2", "Page 3 of 3"], pages.Select(p => p.QuerySelector("nav[aria-label='Pages of requests'] [aria-current=page]")!.TextContent.Trim()));

        var seen = pages.SelectMany(p => p.QuerySelectorAll("table.queue-table tbody tr th a").Select(a => a.TextContent.Trim())).ToList();
        var open = factory.Requests.Where(r => RequestTransitions.Workable.Contains(r.Status)).Select(r => r.Reference).ToList();
        Assert.Equal(70, seen.Count);
        Assert.Equal(open.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UnderTheLimit_TheCountIsExact()
    {
        var (client, _) = await LoginStaffAsync(factory, Roles.MemberServices);

        var page = await client.GetDocumentAsync("/Staff/Requests?q=Paged+Undated");

        Assert.StartsWith("Showing 1 to 25 of 30 requests.", page.QuerySelector("#queue-summary")!.TextContent.Trim(), StringComparison.Ordinal);
    }
}
