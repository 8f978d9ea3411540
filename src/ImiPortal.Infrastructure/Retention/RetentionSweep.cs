using System.Diagnostics;
using ImiPortal.Domain;
using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Members;
using ImiPortal.Domain.Requests;
using ImiPortal.Domain.Retention;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Erasure;
using ImiPortal.Infrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ImiPortal.Infrastructure.Retention;

/// <summary>
/// Applies the retention periods of the record of processing (<see cref="RetentionRules"/>): removes what is due in
/// bounded batches, so memory stays flat on millions of rows, skips every member under a legal hold or a restriction,
/// and writes a report of counts. Idempotent: what it removed no longer matches, so a second run changes nothing.
/// Batches are grouped into transactions of <see cref="RetentionOptions.RowsPerTransaction"/> rows (and former
/// members into one transaction per <see cref="RetentionOptions.MemberBatchSize"/>): the cost of removing rows is
/// the pages written at each commit, and a commit per batch wrote the same index pages again and again.
/// </summary>
public sealed partial class RetentionSweep(
    PortalDbContext db,
    ErasureEngine erasure,
    IAuditLog audit,
    TimeProvider time,
    IOptions<RetentionOptions> options,
    ILogger<RetentionSweep> logger)
{
    private static readonly MembershipStatus[] FormerStatuses = [MembershipStatus.Applicant, MembershipStatus.Lapsed, MembershipStatus.Resigned];
    private static readonly RightsRequestStatus[] ClosedStatuses = [RightsRequestStatus.Completed, RightsRequestStatus.Refused, RightsRequestStatus.Withdrawn];

    private int BatchSize => Math.Max(1, options.Value.BatchSize);

    // Large transactions pay off on SQLite (see RetentionOptions.RowsPerTransaction); a server takes row locks, and a
    // transaction of thousands of rows would escalate them to a lock of the whole table, so there each batch commits.
    private int RowsPerTransaction => db.Database.IsSqlite() ? Math.Max(BatchSize, options.Value.RowsPerTransaction) : BatchSize;

    private int MembersPerTransaction => db.Database.IsSqlite() ? Math.Max(1, options.Value.MemberBatchSize) : 1;

    /// <summary>Runs every rule and returns the report. <paramref name="startedBy"/> is null for a scheduled run.</summary>
    public async Task<RetentionSweepRun> RunAsync(Guid? startedBy, CancellationToken cancellationToken)
    {
        var run = new RetentionSweepRun { StartedAt = time.GetUtcNow().UtcDateTime, StartedByUserId = startedBy };
        db.RetentionSweepRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        var runId = run.Id;
        db.ChangeTracker.Clear();
        var started = Stopwatch.GetTimestamp();
        LogStarted(logger, runId);

        var lines = new List<RetentionSweepLine>();
        await using var cache = await SqliteConnectionSettings.LargerPageCacheAsync(db.Database, options.Value.PageCacheMiB, cancellationToken);
        try
        {
            var today = UkTime.Today(time);
            var periods = await db.ProcessingPurposes.AsNoTracking().ToDictionaryAsync(p => p.Key, p => p.RetentionMonths, cancellationToken);
            var held = await HeldMemberIdsAsync(cancellationToken);
            foreach (var rule in RetentionRules.All)
            {
                var cutoff = rule.CutoffUtc(today, rule.PurposeKey is null ? null : periods.GetValueOrDefault(rule.PurposeKey));
                var ruleStarted = Stopwatch.GetTimestamp();
                var (affected, heldBack) = await ApplyAsync(rule.Key, cutoff, held, cancellationToken);
                LogRuleApplied(logger, runId, rule.Key, affected, heldBack, Stopwatch.GetElapsedTime(ruleStarted).TotalMilliseconds);
                lines.Add(new RetentionSweepLine { RunId = runId, RuleKey = rule.Key, CutoffUtc = cutoff, Affected = affected, HeldBack = heldBack });
                db.ChangeTracker.Clear();
            }

            await FinishAsync(runId, RetentionSweepOutcome.Completed, null, lines, cancellationToken);
            LogFinished(logger, runId, lines.Sum(l => l.Affected), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex.GetType().Name, runId);
            db.ChangeTracker.Clear();
            await FinishAsync(runId, RetentionSweepOutcome.Failed, ex.GetType().Name, lines, CancellationToken.None);
            throw;
        }

        return await db.RetentionSweepRuns.AsNoTracking().Include(r => r.Lines).SingleAsync(r => r.Id == runId, cancellationToken);
    }

    private async Task FinishAsync(long runId, RetentionSweepOutcome outcome, string? failure, List<RetentionSweepLine> lines, CancellationToken cancellationToken)
    {
        var run = await db.RetentionSweepRuns.SingleAsync(r => r.Id == runId, cancellationToken);
        run.FinishedAt = time.GetUtcNow().UtcDateTime;
        run.Outcome = outcome;
        run.Failure = failure;
        db.AddRange(lines);
        audit.Record("retention.swept", null, "RetentionSweepRun", runId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            string.Join("; ", lines.Select(l => $"{l.RuleKey}={l.Affected}")));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        // Leave no earlier image of the removed rows in SQLite's write-ahead log, and let the statistics follow the removals.
        await SqliteConnectionSettings.CheckpointAsync(db.Database, logger, cancellationToken);
        await SqliteConnectionSettings.OptimizeAsync(db.Database, cancellationToken);
    }

    /// <summary>Members whose data must not be removed: under a legal hold, or restricted (storage only, Art. 18).</summary>
    private async Task<List<Guid>> HeldMemberIdsAsync(CancellationToken cancellationToken)
    {
        var holds = await db.LegalHolds.Where(h => h.ReleasedAt == null).Select(h => h.MemberId).ToListAsync(cancellationToken);
        var restricted = await db.Members.Where(m => m.IsRestricted).Select(m => m.Id).ToListAsync(cancellationToken);
        return [.. holds.Concat(restricted).Distinct()];
    }

    private Task<(int Affected, int HeldBack)> ApplyAsync(string rule, DateTime cutoff, List<Guid> held, CancellationToken ct) => rule switch
    {
        RetentionRules.SentEmails => WithoutHolds(DeleteByIdAsync(
            after => db.OutboxMessages.Where(m => m.Id > after && m.SentAt != null && m.SentAt < cutoff),
            m => m.Id,
            ids => db.OutboxMessages.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(ct), ct)),
        RetentionRules.UnconfirmedRequests => WithoutHolds(DeleteUnconfirmedRequestsAsync(cutoff, ct)),
        RetentionRules.LoginRecords => CountedAsync(
            DeleteByIdAsync(
                after => db.LoginRecords.Where(r => r.Id > after && r.OccurredAt < cutoff && (r.MemberId == null || !held.Contains(r.MemberId.Value))),
                r => r.Id,
                ids => db.LoginRecords.Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync(ct), ct),
            db.LoginRecords.CountAsync(r => r.OccurredAt < cutoff && r.MemberId != null && held.Contains(r.MemberId.Value), ct)),
        RetentionRules.AuditEvents => CountedAsync(
            DeleteByIdAsync(
                after => db.AuditEvents.Where(a => a.Id > after && a.OccurredAt < cutoff && (a.SubjectMemberId == null || !held.Contains(a.SubjectMemberId.Value))),
                a => a.Id,
                ids => db.AuditEvents.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(ct), ct),
            db.AuditEvents.CountAsync(a => a.OccurredAt < cutoff && a.SubjectMemberId != null && held.Contains(a.SubjectMemberId.Value), ct)),
        RetentionRules.Orders => CountedAsync(
            DeleteOrdersAsync(cutoff, held, ct),
            db.Orders.CountAsync(o => o.PlacedAt < cutoff && held.Contains(o.MemberId), ct)),
        RetentionRules.ConsentHistory => DeleteSupersededConsentAsync(cutoff, held, ct),
        RetentionRules.DetailsHistory => CountedAsync(
            DeleteByIdAsync(
                after => db.DetailsChanges.Where(c => c.Id > after && c.ChangedAt < cutoff && !held.Contains(c.MemberId)),
                c => c.Id,
                ids => db.DetailsChanges.Where(c => ids.Contains(c.Id)).ExecuteDeleteAsync(ct), ct),
            db.DetailsChanges.CountAsync(c => c.ChangedAt < cutoff && held.Contains(c.MemberId), ct)),
        RetentionRules.Disclosures => CountedAsync(
            DeleteByIdAsync(
                after => db.Disclosures.Where(d => d.Id > after && d.DisclosedAt < cutoff && !held.Contains(d.MemberId)),
                d => d.Id,
                ids => db.Disclosures.Where(d => ids.Contains(d.Id)).ExecuteDeleteAsync(ct), ct),
            db.Disclosures.CountAsync(d => d.DisclosedAt < cutoff && held.Contains(d.MemberId), ct)),
        RetentionRules.ClosedRequests => AnonymiseClosedRequestsAsync(cutoff, held, ct),
        RetentionRules.FormerMembers => AnonymiseFormerMembersAsync(cutoff, held, ct),
        _ => throw new InvalidOperationException($"No step for retention rule '{rule}'."),
    };

    private static async Task<(int, int)> WithoutHolds(Task<int> affected) => (await affected, 0);

    private static async Task<(int, int)> CountedAsync(Task<int> affected, Task<int> heldBack)
    {
        // Sequential on purpose: one DbContext runs one command at a time.
        var done = await affected;
        return (done, await heldBack);
    }

    /// <summary>Deletes in batches, walking the key upwards so that rows kept back are never scanned twice.</summary>
    private Task<int> DeleteByIdAsync<T>(
        Func<long, IQueryable<T>> dueAfter,
        System.Linq.Expressions.Expression<Func<T, long>> key,
        Func<List<long>, Task<int>> delete,
        CancellationToken ct) =>
        InTransactionsAsync(0L, async after =>
        {
            var ids = await dueAfter(after).OrderBy(key).Select(key).Take(BatchSize).ToListAsync(ct);
            return ids.Count == 0 ? null : (await delete(ids), ids[^1]);
        }, ct);

    /// <summary>
    /// Runs <paramref name="batch"/> until it returns null (nothing left), grouping its batches into transactions of
    /// about <see cref="RowsPerTransaction"/> rows. A batch takes the cursor that the previous one returned; the cursor
    /// only moves on when a transaction commits, so the provider's execution strategy can run a transaction again.
    /// </summary>
    private async Task<int> InTransactionsAsync<TCursor>(TCursor start, Func<TCursor, Task<(int Rows, TCursor Next)?>> batch, CancellationToken ct)
    {
        var total = 0;
        var cursor = start;
        var done = false;
        while (!done)
        {
            (int Rows, TCursor Next, bool Done) committed = default;
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var (rows, at, finished) = (0, cursor, false);
                while (rows < RowsPerTransaction)
                {
                    if (await batch(at) is not { } step)
                    {
                        finished = true;
                        break;
                    }

                    (rows, at) = (rows + step.Rows, step.Next);
                }

                await transaction.CommitAsync(ct);
                committed = (rows, at, finished);
            });
            db.ChangeTracker.Clear();
            total += committed.Rows;
            cursor = committed.Next;
            done = committed.Done;
        }

        return total;
    }

    /// <summary>
    /// Deletes each consent event that a later event about the same member and subject (channel, topic or recipient)
    /// replaced before the cutoff: in each member's history of one subject, every event older (by id) than the latest
    /// one recorded before the cutoff. Members are walked a page at a time and the rule is applied to their events in
    /// memory, which keeps the cost linear in the ledger's size (a correlated query per event is quadratic for a member
    /// with a long history) and compares the nullable subject columns exactly, without relying on ids and times of
    /// the ledger growing together.
    /// </summary>
    private async Task<(int, int)> DeleteSupersededConsentAsync(DateTime cutoff, List<Guid> held, CancellationToken ct)
    {
        var heldBack = 0;
        var heldSet = held.ToHashSet();
        // Counted per page in the cursor, so that a transaction run again by the execution strategy counts once.
        var total = await InTransactionsAsync((Page: 0, HeldBack: 0), async at =>
        {
            var members = await db.Members.OrderBy(m => m.Id).Select(m => m.Id).Skip(at.Page * BatchSize).Take(BatchSize).ToListAsync(ct);
            if (members.Count == 0)
            {
                heldBack = at.HeldBack;
                return null;
            }

            var events = await db.ConsentEvents.AsNoTracking().Where(e => members.Contains(e.MemberId))
                .Select(e => new LedgerEntry(e.Id, e.MemberId, e.SubjectKind, e.Channel, e.TopicId, e.RecipientId, e.OccurredAt))
                .ToListAsync(ct);
            var due = new List<long>();
            var kept = 0;
            foreach (var entry in Superseded(events, cutoff))
            {
                if (heldSet.Contains(entry.MemberId))
                {
                    kept++;
                }
                else
                {
                    due.Add(entry.Id);
                }
            }

            var deleted = 0;
            foreach (var ids in due.Chunk(BatchSize))
            {
                deleted += await db.ConsentEvents.Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(ct);
            }

            return (deleted, (at.Page + 1, at.HeldBack + kept));
        }, ct);
        return (total, heldBack);
    }

    /// <summary>The events that a later event of the same member and subject, recorded before the cutoff, replaced.</summary>
    private static IEnumerable<LedgerEntry> Superseded(List<LedgerEntry> events, DateTime cutoff)
    {
        var latestBeforeCutoff = new Dictionary<(Guid, ConsentSubjectKind, MarketingChannel?, int?, int?), long>();
        foreach (var e in events)
        {
            if (e.OccurredAt < cutoff && (!latestBeforeCutoff.TryGetValue(e.Subject, out var latest) || e.Id > latest))
            {
                latestBeforeCutoff[e.Subject] = e.Id;
            }
        }

        return events.Where(e => latestBeforeCutoff.TryGetValue(e.Subject, out var latest) && e.Id < latest);
    }

    private sealed record LedgerEntry(long Id, Guid MemberId, ConsentSubjectKind SubjectKind, MarketingChannel? Channel,
        int? TopicId, int? RecipientId, DateTime OccurredAt)
    {
        public (Guid, ConsentSubjectKind, MarketingChannel?, int?, int?) Subject => (MemberId, SubjectKind, Channel, TopicId, RecipientId);
    }

    private Task<int> DeleteUnconfirmedRequestsAsync(DateTime cutoff, CancellationToken ct) =>
        InTransactionsAsync(0, async _ =>
        {
            var ids = await db.RightsRequests
                .Where(r => r.Status == RightsRequestStatus.AwaitingEmailConfirmation && r.CreatedAt < cutoff)
                .OrderBy(r => r.CreatedAt).Select(r => r.Id).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                return null;
            }

            await db.RightsRequests.Where(r => r.DuplicateOfId != null && ids.Contains(r.DuplicateOfId.Value))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.DuplicateOfId, (Guid?)null), ct);
            await db.RightsRequestEvents.Where(e => ids.Contains(e.RequestId)).ExecuteDeleteAsync(ct);
            return (await db.RightsRequests.Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync(ct), 0);
        }, ct);

    private Task<int> DeleteOrdersAsync(DateTime cutoff, List<Guid> held, CancellationToken ct) =>
        InTransactionsAsync(0, async _ =>
        {
            var ids = await db.Orders
                .Where(o => o.PlacedAt < cutoff && !held.Contains(o.MemberId))
                .OrderBy(o => o.PlacedAt).Select(o => o.Id).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                return null;
            }

            await db.Payments.Where(p => ids.Contains(p.OrderId)).ExecuteDeleteAsync(ct);
            return (await db.Orders.Where(o => ids.Contains(o.Id)).ExecuteDeleteAsync(ct), 0);
        }, ct);

    private async Task<(int, int)> AnonymiseClosedRequestsAsync(DateTime cutoff, List<Guid> held, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var total = await InTransactionsAsync(0, async _ =>
        {
            var batch = await db.RightsRequests
                .Where(r => r.AnonymisedAt == null && r.ClosedAt != null && r.ClosedAt < cutoff && ClosedStatuses.Contains(r.Status)
                    && (r.MemberId == null || !held.Contains(r.MemberId.Value)))
                .OrderBy(r => r.ClosedAt).Take(BatchSize).Include(r => r.Events).AsSplitQuery().ToListAsync(ct);
            if (batch.Count == 0)
            {
                return null;
            }

            foreach (var request in batch)
            {
                RowAnonymiser.Anonymise(db, request);
                foreach (var step in request.Events)
                {
                    RowAnonymiser.Anonymise(db, step);
                }

                request.AnonymisedAt = now;
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            return (batch.Count, 0);
        }, ct);

        var heldBack = await db.RightsRequests.CountAsync(r => r.AnonymisedAt == null && r.ClosedAt != null && r.ClosedAt < cutoff
            && ClosedStatuses.Contains(r.Status) && r.MemberId != null && held.Contains(r.MemberId.Value), ct);
        return (total, heldBack);
    }

    private IQueryable<Member> DueFormerMembers(DateTime cutoff) =>
        db.Members.Where(m => m.ErasedAt == null && FormerStatuses.Contains(m.Status) && m.UpdatedAt < cutoff
            && !db.LoginRecords.Any(l => l.MemberId == m.Id && l.Succeeded && l.OccurredAt >= cutoff)
            && !db.RightsRequests.Any(r => r.MemberId == m.Id && !ClosedStatuses.Contains(r.Status)));

    private async Task<(int, int)> AnonymiseFormerMembersAsync(DateTime cutoff, List<Guid> held, CancellationToken ct)
    {
        var total = 0;
        var batchSize = Math.Max(1, options.Value.MemberBatchSize);
        while (true)
        {
            var batch = await DueFormerMembers(cutoff).Where(m => !held.Contains(m.Id))
                .OrderBy(m => m.UpdatedAt).Select(m => new DataSubject(m.Id, m.UserId)).Take(batchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            // On SQLite one transaction for the batch, not one per member: each commit writes every page it changed,
            // and each member's erasure changes pages of every table.
            foreach (var members in batch.Chunk(MembersPerTransaction))
            {
                var strategy = db.Database.CreateExecutionStrategy();
                await strategy.ExecuteAsync(async () =>
                {
                    db.ChangeTracker.Clear();
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);
                    foreach (var subject in members)
                    {
                        await erasure.EraseAsync(subject, ErasureKind.Retention, ct);
                        db.ChangeTracker.Clear();
                    }

                    await transaction.CommitAsync(ct);
                });
                db.ChangeTracker.Clear();
            }

            total += batch.Count;
        }

        var heldBack = await DueFormerMembers(cutoff).CountAsync(m => held.Contains(m.Id), ct);
        return (total, heldBack);
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Retention sweep {RunId} started")]
    private static partial void LogStarted(ILogger logger, long runId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Retention sweep {RunId} finished: {Affected} records removed or anonymised in {ElapsedMs} ms")]
    private static partial void LogFinished(ILogger logger, long runId, int affected, double elapsedMs);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Retention sweep {RunId} rule {RuleKey}: {Affected} records removed or anonymised, {HeldBack} held back, in {ElapsedMs} ms")]
    private static partial void LogRuleApplied(ILogger logger, long runId, string ruleKey, int affected, int heldBack, double elapsedMs);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Retention sweep {RunId} failed with {ExceptionType}")]
    private static partial void LogFailed(ILogger logger, string exceptionType, long runId);
}
