using ImiPortal.Domain.Requests;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>The staff queue's orders: due date (the default), received oldest first, received newest first.</summary>
public enum QueueOrder
{
    Due,
    Received,
    ReceivedNewest,
}

/// <summary>
/// Where one request stands in the queue's orders: the columns they compare, with the id last so that every key is
/// distinct. The due order uses (DueOn, ReceivedOn, Id), the received orders (ReceivedOn, CreatedAt, Id).
/// </summary>
public sealed record QueueKey(DateOnly? DueOn, DateOnly ReceivedOn, DateTime CreatedAt, Guid Id);

/// <summary>
/// Keyset ("seek") reading of the queue: the requests after (or before) a key, in the queue's order, so that a deep
/// page costs what page 1 costs. Each order is returned as consecutive segments, each one query that the database
/// can read in index order and stop after a page: the due order is the dated requests by (DueOn, ReceivedOn, Id),
/// read from the index (DueOn, ReceivedOn, Id, Status), then the undated ones (paused or awaiting ID: DueOn null)
/// by (ReceivedOn, Id) from the same index. Keys are compared in the database, never in C#, so that each
/// provider's own order of ids (SQLite text, SQL Server uniqueidentifier, PostgreSQL uuid) is the one paged through.
/// The order is the one <see cref="RequestRegister.Sort"/> gives the register export.
/// </summary>
public static class RequestQueueOrder
{
    public static QueueOrder Parse(string? sort) => sort?.Trim().ToLowerInvariant() switch
    {
        RequestQueueFilter.SortByReceived => QueueOrder.Received,
        RequestQueueFilter.SortByReceivedNewest => QueueOrder.ReceivedNewest,
        _ => QueueOrder.Due,
    };

    /// <summary>The requests after <paramref name="after"/> (from the start when null), in the queue's order.</summary>
    public static IReadOnlyList<IQueryable<RightsRequest>> Forward(IQueryable<RightsRequest> requests, QueueOrder order, QueueKey? after) => order switch
    {
        QueueOrder.Received => [ReceivedAscending(after is null ? requests : ReceivedAfter(requests, after))],
        QueueOrder.ReceivedNewest => [ReceivedDescending(after is null ? requests : ReceivedNewestAfter(requests, after))],
        _ => after switch
        {
            null => [DatedAscending(Dated(requests)), UndatedAscending(Undated(requests))],
            { DueOn: { } due } => [DatedAscending(DatedAfter(Dated(requests), due, after)), UndatedAscending(Undated(requests))],
            _ => [UndatedAscending(UndatedAfter(Undated(requests), after))],
        },
    };

    /// <summary>The requests before <paramref name="before"/>, nearest first (the queue's order reversed).</summary>
    public static IReadOnlyList<IQueryable<RightsRequest>> Backward(IQueryable<RightsRequest> requests, QueueOrder order, QueueKey before)
    {
        ArgumentNullException.ThrowIfNull(before);
        return order switch
        {
            QueueOrder.Received => [ReceivedDescending(ReceivedBefore(requests, before), idDescending: true)],
            QueueOrder.ReceivedNewest => [ReceivedAscending(ReceivedNewestBefore(requests, before), idDescending: true)],
            _ => before.DueOn switch
            {
                { } due => [DatedDescending(DatedBefore(Dated(requests), due, before))],
                null => [UndatedDescending(UndatedBefore(Undated(requests), before)), DatedDescending(Dated(requests))],
            },
        };
    }

    private static IQueryable<RightsRequest> Dated(IQueryable<RightsRequest> requests) => requests.Where(r => r.DueOn != null);

    private static IQueryable<RightsRequest> Undated(IQueryable<RightsRequest> requests) => requests.Where(r => r.DueOn == null);

    // Each "after" condition starts with a plain range on the leading column (>=), which the database seeks to in the
    // index; the rest only settles ties on that column.
    private static IQueryable<RightsRequest> DatedAfter(IQueryable<RightsRequest> requests, DateOnly due, QueueKey k) =>
        requests.Where(r => r.DueOn >= due && (r.DueOn > due || r.ReceivedOn > k.ReceivedOn || (r.ReceivedOn == k.ReceivedOn && r.Id > k.Id)));

    private static IQueryable<RightsRequest> DatedBefore(IQueryable<RightsRequest> requests, DateOnly due, QueueKey k) =>
        requests.Where(r => r.DueOn <= due && (r.DueOn < due || r.ReceivedOn < k.ReceivedOn || (r.ReceivedOn == k.ReceivedOn && r.Id < k.Id)));

    private static IQueryable<RightsRequest> UndatedAfter(IQueryable<RightsRequest> requests, QueueKey k) =>
        requests.Where(r => r.ReceivedOn >= k.ReceivedOn && (r.ReceivedOn > k.ReceivedOn || r.Id > k.Id));

    private static IQueryable<RightsRequest> UndatedBefore(IQueryable<RightsRequest> requests, QueueKey k) =>
        requests.Where(r => r.ReceivedOn <= k.ReceivedOn && (r.ReceivedOn < k.ReceivedOn || r.Id < k.Id));

    private static IQueryable<RightsRequest> ReceivedAfter(IQueryable<RightsRequest> requests, QueueKey k) =>
        requests.Where(r => r.ReceivedOn >= k.ReceivedOn && (r.ReceivedOn > k.ReceivedOn || r.CreatedAt > k.CreatedAt || (r.CreatedAt == k.CreatedAt && r.Id > k.Id)));

    private static IQueryable<RightsRequest> ReceivedBefore(IQueryable<RightsRequest> requests, QueueKey k) =>
        requests.Where(r => r.ReceivedOn <= k.ReceivedOn && (r.ReceivedOn < k.ReceivedOn || r.CreatedAt < k.CreatedAt || (r.CreatedAt == k.CreatedAt && r.Id < k.Id)));

    // Newest first is (ReceivedOn, CreatedAt) descending but the id ascending, as the register export orders it.
    private static IQueryable<RightsRequest> ReceivedNewestAfter(IQueryable<RightsRequest> requests, QueueKey k) =>
        requests.Where(r => r.ReceivedOn <= k.ReceivedOn && (r.ReceivedOn < k.ReceivedOn || r.CreatedAt < k.CreatedAt || (r.CreatedAt == k.CreatedAt && r.Id > k.Id)));

    private static IQueryable<RightsRequest> ReceivedNewestBefore(IQueryable<RightsRequest> requests, QueueKey k) =>
        requests.Where(r => r.ReceivedOn >= k.ReceivedOn && (r.ReceivedOn > k.ReceivedOn || r.CreatedAt > k.CreatedAt || (r.CreatedAt == k.CreatedAt && r.Id < k.Id)));

    private static IQueryable<RightsRequest> DatedAscending(IQueryable<RightsRequest> requests) =>
        requests.OrderBy(r => r.DueOn).ThenBy(r => r.ReceivedOn).ThenBy(r => r.Id);

    private static IQueryable<RightsRequest> DatedDescending(IQueryable<RightsRequest> requests) =>
        requests.OrderByDescending(r => r.DueOn).ThenByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id);

    private static IQueryable<RightsRequest> UndatedAscending(IQueryable<RightsRequest> requests) =>
        requests.OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id);

    private static IQueryable<RightsRequest> UndatedDescending(IQueryable<RightsRequest> requests) =>
        requests.OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id);

    private static IQueryable<RightsRequest> ReceivedAscending(IQueryable<RightsRequest> requests, bool idDescending = false)
    {
        var ordered = requests.OrderBy(r => r.ReceivedOn).ThenBy(r => r.CreatedAt);
        return idDescending ? ordered.ThenByDescending(r => r.Id) : ordered.ThenBy(r => r.Id);
    }

    private static IQueryable<RightsRequest> ReceivedDescending(IQueryable<RightsRequest> requests, bool idDescending = false)
    {
        var ordered = requests.OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.CreatedAt);
        return idDescending ? ordered.ThenByDescending(r => r.Id) : ordered.ThenBy(r => r.Id);
    }
}
