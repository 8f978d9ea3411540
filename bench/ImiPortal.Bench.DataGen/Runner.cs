using System.Diagnostics;
using ImiPortal.Domain.Requests;
using ImiPortal.Domain.Retention;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Fulfilment;
using ImiPortal.Infrastructure.PersonalData;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.Infrastructure.Retention;
using ImiPortal.Web.Queries.StaffRequests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImiPortal.Bench.DataGen;

/// <summary>
/// Single-shot timings of the app's own services in a small process of their own, so that the process's peak
/// resident memory (VmHWM) is the cost of the operation plus the host: the self-service export and the retention
/// sweep. Prints key=value lines for bench/run.sh.
/// </summary>
internal sealed class Runner(string databaseFile, TextWriter output)
{
    /// <summary>
    /// Exports the bench member's few rows first (which also warms up EF Core's model and queries), then the ledger
    /// member's 50k rows: if memory did not grow with the row count, the two peaks are close.
    /// </summary>
    public async Task<int> ExportAsync(CancellationToken cancellationToken)
    {
        await using var app = PortalHost.Build(databaseFile);
        var small = await ExportOneAsync(app, Generator.MemberEmail, cancellationToken);
        var peakAfterSmall = ProcessMemory.PeakMiB();
        var large = await ExportOneAsync(app, Generator.LedgerMemberEmail, cancellationToken);
        var peakAfterLarge = ProcessMemory.PeakMiB();
        Write("export_small_rows", small.Rows);
        Write("export_small_ms", small.Milliseconds);
        Write("export_small_peak_rss_mib", peakAfterSmall);
        Write("export_rows", large.Rows);
        Write("export_ms", large.Milliseconds);
        Write("export_bytes", large.Bytes);
        Write("export_peak_rss_mib", peakAfterLarge);
        return 0;
    }

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var timings = new RuleTimings();
        await using var app = PortalHost.Build(databaseFile, services => services.AddSingleton<Serilog.Core.ILogEventSink>(timings));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var rows = await db.AuditEvents.LongCountAsync(cancellationToken) + await db.ConsentEvents.LongCountAsync(cancellationToken)
            + await db.LoginRecords.LongCountAsync(cancellationToken) + await db.DetailsChanges.LongCountAsync(cancellationToken)
            + await db.Orders.LongCountAsync(cancellationToken) + await db.RightsRequests.LongCountAsync(cancellationToken)
            + await db.Members.LongCountAsync(cancellationToken);
        var before = ProcessMemory.PeakMiB();
        var clock = Stopwatch.StartNew();
        var run = await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(null, cancellationToken);
        clock.Stop();
        Write("sweep_rows_in_scope", rows);
        Write("sweep_affected", run.TotalAffected);
        Write("sweep_ms", clock.Elapsed.TotalMilliseconds);
        Write("sweep_peak_rss_before_mib", before);
        Write("sweep_peak_rss_mib", ProcessMemory.PeakMiB());
        foreach (var line in run.Lines)
        {
            Write($"sweep_rule_{line.RuleKey}", line.Affected);
            Write($"sweep_rule_{line.RuleKey}_ms", timings.Milliseconds(line.RuleKey));
        }

        return run.Outcome == RetentionSweepOutcome.Completed ? 0 : 1;
    }

    /// <summary>How many consent events the saving member has (the preference-save check counts them before and after).</summary>
    public async Task<int> CountConsentAsync(CancellationToken cancellationToken)
    {
        await using var app = PortalHost.Build(databaseFile);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var memberId = await db.Members.Where(m => m.Email == Generator.SaverEmail).Select(m => m.Id).SingleAsync(cancellationToken);
        var count = await db.ConsentEvents.LongCountAsync(e => e.MemberId == memberId, cancellationToken);
        Write("consent_events", count);
        return 0;
    }

    /// <summary>
    /// The query string of page <paramref name="page"/> of the staff queue with the filters in <paramref name="query"/>,
    /// as the queue's own "Next page" link gives it (a keyset cursor): the queue reads page N-1 and prints its Next link.
    /// </summary>
    /// <param name="page">The page; null for the page at 4/5 of the queue's length (at least 2).</param>
    public async Task<int> QueueCursorAsync(int? page, string query, CancellationToken cancellationToken)
    {
        var values = QueryHelpers.ParseQuery(query);
        string? Value(string name) => values.TryGetValue(name, out var value) ? value.ToString() : null;
        var filter = new RequestQueueFilter
        {
            Status = Value("status"),
            Type = Enum.TryParse<RightsRequestType>(Value("type"), ignoreCase: true, out var type) ? type : null,
            Assignee = Value("assignee"),
            Due = Value("due"),
            Closed = Value("closed"),
            Sort = Value("sort"),
            Q = Value("q"),
        };

        await using var app = PortalHost.Build(databaseFile);
        await using var scope = app.Services.CreateAsyncScope();
        if (page is null)
        {
            var matching = await scope.ServiceProvider.GetRequiredService<RequestRegister>().Filter(filter, Guid.Empty).CountAsync(cancellationToken);
            page = Math.Max(2, (matching + RequestQueueFilter.PageSize - 1) / RequestQueueFilter.PageSize * 4 / 5);
        }

        Write("queue_page", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (page <= 1)
        {
            Write("queue_query", QueryString.Create(filter.ToRouteValues()!).ToUriComponent().TrimStart('?'));
            return 0;
        }

        filter.Page = page.Value - 1;
        var model = await scope.ServiceProvider.GetRequiredService<RequestQueueQuery>().RunAsync(filter, Guid.Empty, cancellationToken);
        if (model.Page != page - 1 || model.NextPage is null)
        {
            await Console.Error.WriteLineAsync($"the queue has no page {page}");
            return 1;
        }

        Write("queue_query", QueryString.Create(model.NextPage!).ToUriComponent().TrimStart('?'));
        return 0;
    }

    private static async Task<(long Rows, double Milliseconds, long Bytes)> ExportOneAsync(WebApplication app, string email, CancellationToken cancellationToken)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var member = await db.Members.AsNoTracking().Where(m => m.Email == email).Select(m => new { m.Id, m.UserId }).SingleAsync(cancellationToken);
        var rows = await db.ConsentEvents.LongCountAsync(e => e.MemberId == member.Id, cancellationToken);
        var writer = scope.ServiceProvider.GetRequiredService<AccessPackageWriter>();
        var clock = Stopwatch.StartNew();
        await using var package = await writer.WriteAsync(new DataSubject(member.Id, member.UserId), RowScope.PersonalData, cancellationToken);
        clock.Stop();
        return (rows, clock.Elapsed.TotalMilliseconds, package.Length);
    }

    private void Write(string key, double value) => output.WriteLine(FormattableString.Invariant($"{key}={value:0.##}"));

    private void Write(string key, string value) => output.WriteLine($"{key}={value}");
}
