using System.Globalization;
using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Processing;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Consent;

/// <summary>
/// The one way to write consent. Each change becomes an append-only <see cref="ConsentEvent"/> (with the exact
/// statement shown, the basis, source, actor and UTC time) and the member's <see cref="ConsentState"/> is moved
/// to it in the same transaction, with an audit entry. Concurrent calls for one member are serialised by
/// locking the member's row first, so the current state always equals the latest event.
/// </summary>
public sealed class ConsentLedger(PortalDbContext db, IAuditLog audit, TimeProvider time)
{
    private const int MaxAttempts = 5;
    private const int MaxAuditDetails = 1000;

    // Run on every save, compiled once (issue #11): EF Core otherwise rewrites each query's LINQ on every execution.
    private static readonly CompiledPerModel<Func<PortalDbContext, string[], IAsyncEnumerable<WordingVersion>>> WordingsQuery =
        new(() => EF.CompileAsyncQuery((PortalDbContext db, string[] keys) => db.ConsentWordings.AsNoTracking()
            .Where(w => keys.Contains(w.Key))
            .Select(w => new WordingVersion(w.Key, w.Version, w.Id))));

    private static readonly CompiledPerModel<Func<PortalDbContext, Guid, string[], IAsyncEnumerable<ConsentState>>> StatesQuery =
        new(() => EF.CompileAsyncQuery((PortalDbContext db, Guid memberId, string[] keys) =>
            db.ConsentStates.Where(s => s.MemberId == memberId && keys.Contains(s.SubjectKey))));

    /// <summary>
    /// Records the changes. Runs in its own transaction (and then needs a unit of work with nothing else
    /// pending), or joins the caller's transaction when there is one, e.g. a rights request that also
    /// records consent.
    /// </summary>
    public async Task<ConsentRecordResult> RecordAsync(ConsentRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        Validate(record);

        // Reference data first, outside the write transaction: SQLite has one writer at a time, so the less the
        // transaction does, the more saves a second it allows (issue #11).
        await CheckSubjectsExistAsync(record, cancellationToken);
        var wordings = await LatestWordingsAsync(record, cancellationToken);
        if (db.Database.CurrentTransaction is not null)
        {
            return await UndoOnFailureAsync(() => WriteAsync(record, wordings, cancellationToken));
        }

        if (db.ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("Save or discard pending changes before recording consent: the ledger commits its own transaction.");
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var strategy = db.Database.CreateExecutionStrategy();
                return await strategy.ExecuteAsync(ct => UndoOnFailureAsync(async () =>
                {
                    await using var turn = await SqliteWriterQueue.EnterAsync(db.Database, ct);
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);

                    // A failure rolls the whole transaction back, so its two saves need no savepoints of their own.
                    var savepoints = db.Database.AutoSavepointsEnabled;
                    db.Database.AutoSavepointsEnabled = false;
                    try
                    {
                        var result = await WriteAsync(record, wordings, ct);
                        await transaction.CommitAsync(ct);
                        return result;
                    }
                    finally
                    {
                        db.Database.AutoSavepointsEnabled = savepoints;
                    }
                }), cancellationToken);
            }
            catch (Exception ex) when (attempt < MaxAttempts && IsConflict(ex))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(25 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>On failure, forgets what the attempt added to the unit of work (and the states it loaded), so that a retry starts clean.</summary>
    private async Task<ConsentRecordResult> UndoOnFailureAsync(Func<Task<ConsentRecordResult>> attempt)
    {
        var tracked = db.ChangeTracker.Entries().Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
        try
        {
            return await attempt();
        }
        catch
        {
            foreach (var entry in db.ChangeTracker.Entries().Where(e => !tracked.Contains(e.Entity) || e.Entity is ConsentState).ToList())
            {
                entry.State = EntityState.Detached;
            }

            throw;
        }
    }

    private async Task<ConsentRecordResult> WriteAsync(ConsentRecord record, Dictionary<string, int> wordings, CancellationToken cancellationToken)
    {
        // Lock the member's row before reading their state (a no-op update holds the row lock on SQL Server;
        // SQLite already holds the database write lock), and refuse unknown or erased members.
        var locked = await db.Members
            .Where(m => m.Id == record.MemberId && m.ErasedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.UpdatedAt, m => m.UpdatedAt), cancellationToken);
        if (locked == 0)
        {
            return ConsentRecordResult.MemberNotFound;
        }

        var keys = record.Changes.Select(c => c.Subject.Key).ToArray();
        var states = await StatesQuery.For(db)(db, record.MemberId, keys).ToDictionaryAsync(s => s.SubjectKey, StringComparer.Ordinal, cancellationToken);
        // Asked only when a change's basis depends on it.
        var hasPurchased = record.Changes.Any(c => EndsChannelWithoutChoice(c, states.GetValueOrDefault(c.Subject.Key)))
            && await db.Orders.AnyAsync(o => o.MemberId == record.MemberId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;

        var events = record.Changes.Select(change => new ConsentEvent
        {
            MemberId = record.MemberId,
            SubjectKind = change.Subject.Kind,
            Channel = change.Subject.Channel,
            TopicId = change.Subject.TopicId,
            RecipientId = change.Subject.RecipientId,
            Granted = change.Granted,
            Basis = BasisOf(change, states.GetValueOrDefault(change.Subject.Key), hasPurchased),
            Source = record.Source,
            WordingId = wordings[record.WordingKey ?? ConsentWordings.KeyFor(change.Subject)],
            OccurredAt = now,
            ActorUserId = record.ActorUserId,
            ReceivedOn = record.ReceivedOn,
        }).ToList();
        db.ConsentEvents.AddRange(events);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (change, consentEvent) in record.Changes.Zip(events))
        {
            if (!states.TryGetValue(change.Subject.Key, out var state))
            {
                state = new ConsentState { MemberId = record.MemberId, SubjectKey = change.Subject.Key };
                db.ConsentStates.Add(state);
            }

            state.Granted = consentEvent.Granted;
            state.Basis = consentEvent.Basis;
            state.LastEventId = consentEvent.Id;
            state.UpdatedAt = now;
        }

        // Ids and subject keys only: whether a choice was granted is the member's data, kept in the ledger.
        var details = $"source={record.Source}; subjects={string.Join(',', keys)}";
        audit.Record("consent.recorded", record.MemberId, nameof(ConsentEvent), events[0].Id.ToString(CultureInfo.InvariantCulture),
            details.Length <= MaxAuditDetails ? details : details[..MaxAuditDetails]);
        await db.SaveChangesAsync(cancellationToken);
        return new ConsentRecordResult(true, events);
    }

    /// <summary>
    /// A grant is consent. A withdrawal carries the basis it ends: the basis of the current choice, or the
    /// channel's basis without one (the soft opt-in refused, an opt-out of post or phone).
    /// </summary>
    private static ConsentBasis BasisOf(ConsentChange change, ConsentState? current, bool hasPurchased) =>
        change.Granted ? ConsentBasis.Consent
        : current is not null ? current.Basis
        : EndsChannelWithoutChoice(change, current) ? MarketingPermissions.BasisWithoutChoice(change.Subject.Channel!.Value, hasPurchased) ?? ConsentBasis.Consent
        : ConsentBasis.Consent;

    /// <summary>A withdrawal from a channel with no choice on record: the one case whose basis depends on whether the member has bought from IMI.</summary>
    private static bool EndsChannelWithoutChoice(ConsentChange change, ConsentState? current) =>
        !change.Granted && current is null && change.Subject.Channel is not null;

    private async Task<Dictionary<string, int>> LatestWordingsAsync(ConsentRecord record, CancellationToken cancellationToken)
    {
        string[] keys = record.WordingKey is { } key ? [key] : [.. record.Changes.Select(c => ConsentWordings.KeyFor(c.Subject)).Distinct()];
        var rows = await WordingsQuery.For(db)(db, keys).ToListAsync(cancellationToken);
        var latest = rows.GroupBy(w => w.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(w => w.Version)!.Id, StringComparer.Ordinal);
        var missing = keys.Where(k => !latest.ContainsKey(k)).ToList();
        return missing.Count == 0 ? latest : throw new InvalidOperationException($"No consent wording is published for: {string.Join(", ", missing)}.");
    }

    private async Task CheckSubjectsExistAsync(ConsentRecord record, CancellationToken cancellationToken)
    {
        var topicIds = record.Changes.Where(c => c.Subject.TopicId is not null).Select(c => c.Subject.TopicId!.Value).ToList();
        if (topicIds.Count > 0 && await db.MarketingTopics.CountAsync(t => topicIds.Contains(t.Id), cancellationToken) != topicIds.Count)
        {
            throw new ArgumentException("A topic in the consent record does not exist.", nameof(record));
        }

        var recipientIds = record.Changes.Where(c => c.Subject.RecipientId is not null).Select(c => c.Subject.RecipientId!.Value).ToList();
        if (recipientIds.Count > 0 && await db.Recipients.CountAsync(r => recipientIds.Contains(r.Id) && r.Kind == RecipientKind.MarketingThirdParty, cancellationToken) != recipientIds.Count)
        {
            throw new ArgumentException("Consent to share can only name a marketing third party.", nameof(record));
        }
    }

    private static void Validate(ConsentRecord record)
    {
        if (record.Changes.Count == 0)
        {
            throw new ArgumentException("A consent record needs at least one change.", nameof(record));
        }

        if (record.Changes.Select(c => c.Subject.Key).Distinct(StringComparer.Ordinal).Count() != record.Changes.Count)
        {
            throw new ArgumentException("A consent record names each subject once.", nameof(record));
        }

        if (!Enum.IsDefined(record.Source))
        {
            throw new ArgumentException("Unknown consent source.", nameof(record));
        }
    }

    private sealed record WordingVersion(string Key, int Version, int Id);

    /// <summary>Another writer got there first (SQLite busy, a duplicate state row, a SQL Server deadlock): try again.</summary>
    private static bool IsConflict(Exception ex) => (ex is DbUpdateException ? ex.InnerException : ex) switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6 || sqlite.SqliteExtendedErrorCode is 1555 or 2067,
        SqlException sql => sql.Number is 1205 or 2601 or 2627,
        Npgsql.PostgresException pg => pg.SqlState is Npgsql.PostgresErrorCodes.UniqueViolation or Npgsql.PostgresErrorCodes.DeadlockDetected
            or Npgsql.PostgresErrorCodes.SerializationFailure or Npgsql.PostgresErrorCodes.LockNotAvailable,
        _ => false,
    };
}
