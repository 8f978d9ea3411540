using AngleSharp.Html.Dom;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Data.Configurations;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
/// shows where the list ends; and, once SQLite has statistics, the default queue (open, by due date) is read from the
/// index of open requests.
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

    [Fact]
    public async Task WithStatistics_TheDefaultQueue_IsReadFromTheIndexOfOpenRequests()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await SqliteConnectionSettings.OptimizeAsync(db.Database, CancellationToken.None);
        var sql = scope.ServiceProvider.GetRequiredService<RequestRegister>().Filter(new RequestQueueFilter(), Guid.Empty)
            .Where(r => r.DueOn != null)
            .OrderBy(r => r.DueOn).ThenBy(r => r.ReceivedOn).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Reference, r.FullName, r.Status, r.AssigneeUserId })
            .Take(RequestQueueFilter.PageSize + 1)
            .ToQueryString();

        var plan = await ExplainAsync(db, sql);

        Assert.Contains(plan, step => step.Contains(RightsRequestConfiguration.OpenByDueIndex, StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    private static async Task<List<string>> ExplainAsync(PortalDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();

        // ToQueryString writes the page size as a SQLite shell command (".param set @p 26") before the statement.
        var lines = sql.Split('\n');
        foreach (var line in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var parts = line.Split(' ');
            var parameter = command.CreateParameter();
            parameter.ParameterName = parts[2];
            parameter.Value = int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.Add(parameter);
        }

        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }
}
