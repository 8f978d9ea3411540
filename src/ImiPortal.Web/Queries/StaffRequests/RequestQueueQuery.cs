using System.Linq.Expressions;
using ImiPortal.Domain;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.Web.Models.StaffRequests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImiPortal.Web.Queries.StaffRequests;

/// <summary>
/// One page of the staff queue: a count, exact up to a limit (ADR-018), and the 25 rows (keyset paging: the pager's
/// links carry the first or last row's key in a cursor, so that every page reads 26 rows from an index whatever its
/// depth), with the assignees named from the list of request handlers. A plain page number (an old link) is read by
/// offset, and its links carry cursors again. Days left are working days from the deadline engine.
/// </summary>
public sealed class RequestQueueQuery(
    RequestRegister register,
    StaffDirectory staff,
    PortalDbContext db,
    RequestDeadlines deadlines,
    QueueCursors cursors,
    IOptions<RequestOptions> options,
    TimeProvider time)
{
    private const int PageSize = RequestQueueFilter.PageSize;

    private static readonly Expression<Func<RightsRequest, QueueRowData>> Row =
        r => new QueueRowData(r.Id, r.Reference, r.Type, r.FullName, r.Status, r.ReceivedOn, r.DueOn, r.CreatedAt, r.ClosedAt, r.AssigneeUserId);

    // The default view, the open requests soonest due first, is the page staff land on. Its count and its first page
    // are read by queries compiled once: the same queries that RequestRegister.Filter and RequestQueueOrder compose for
    // any view, which cost EF Core a walk of the whole expression tree and a cache look-up on every run (issue #11).
    private static readonly CompiledPerModel<Func<PortalDbContext, int, CancellationToken, Task<int>>> OpenCount =
        new(() => EF.CompileAsyncQuery((PortalDbContext db, int take, CancellationToken _) =>
            db.RightsRequests.Where(RequestRegister.IsOpen).Take(take).Count()));

    private static readonly CompiledPerModel<Func<PortalDbContext, int, IAsyncEnumerable<QueueRowData>>> OpenDatedFirst =
        new(() => EF.CompileAsyncQuery((PortalDbContext db, int take) => db.RightsRequests.AsNoTracking()
            .Where(RequestRegister.IsOpen).Where(r => r.DueOn != null)
            .OrderBy(r => r.DueOn).ThenBy(r => r.ReceivedOn).ThenBy(r => r.Id)
            .Take(take).Select(Row)));

    private static readonly CompiledPerModel<Func<PortalDbContext, int, IAsyncEnumerable<QueueRowData>>> OpenUndatedFirst =
        new(() => EF.CompileAsyncQuery((PortalDbContext db, int take) => db.RightsRequests.AsNoTracking()
            .Where(RequestRegister.IsOpen).Where(r => r.DueOn == null)
            .OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id)
            .Take(take).Select(Row)));

    public async Task<RequestQueueViewModel> RunAsync(RequestQueueFilter filter, Guid currentUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = UkTime.Today(time);
        var order = RequestQueueOrder.Parse(filter.Sort);
        var filtered = register.Filter(filter, currentUserId);
        var openOnly = RequestRegister.IsOpenOnly(filtered);
        filtered = filtered.AsNoTracking();
        await using var connection = await db.Database.HoldConnectionAsync(cancellationToken);
        // Counted exactly up to the limit (ADR-018); beyond it the page says "more than".
        var limit = Math.Max(1, options.Value.QueueCountLimit);
        var counted = openOnly
            ? await OpenCount.For(db)(db, limit + 1, cancellationToken)
            : await filtered.Take(limit + 1).CountAsync(cancellationToken);
        var capped = counted > limit;
        var (rows, page, hasPrevious, hasNext) = await ReadPageAsync(filtered, openOnly, filter, order, capped ? null : counted, cancellationToken);

        // Assignees are nearly always current handlers, named by the staff list; anyone else (since disabled) is looked up.
        var handlers = await staff.RequestHandlersAsync(cancellationToken);
        var assignees = handlers.ToDictionary(s => s.UserId, s => (string?)s.Email);
        var otherIds = rows.Where(r => r.AssigneeUserId is { } a && !assignees.ContainsKey(a)).Select(r => r.AssigneeUserId!.Value).Distinct().ToList();
        if (otherIds.Count > 0)
        {
            foreach (var user in await db.Users.AsNoTracking().Where(u => otherIds.Contains(u.Id)).Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken))
            {
                assignees[user.Id] = user.Email;
            }
        }

        var model = rows.Select(r =>
        {
            var open = RequestTransitions.Workable.Contains(r.Status);
            int? left = open && r.DueOn is { } due ? deadlines.Calculator.WorkingDaysUntil(today, due) : null;
            return new RequestQueueRow(
                r.Id, r.Reference, r.Type, r.FullName, r.Status, r.ReceivedOn, r.DueOn,
                r.ClosedAt is { } closed ? UkTime.DateOf(closed) : null,
                open ? RequestText.DaysLeft(left, r.Status) : "",
                UrgencyOf(left),
                r.AssigneeUserId is { } a ? assignees.GetValueOrDefault(a) : null);
        }).ToList();

        // Requests added or closed since the previous page can make the count disagree with the page reached.
        var first = rows.Count == 0 ? 0 : (page - 1) * PageSize + 1;
        var last = first + rows.Count - 1;
        // Past the count limit the total is known once the last page is reached; before that, only a lower bound.
        var exact = !capped || (!hasNext && rows.Count > 0);
        var total = !capped ? counted : exact ? last : Math.Max(limit, last);
        int? pageCount = exact ? Math.Max((total + PageSize - 1) / PageSize, hasNext ? page + 1 : page) : null;
        var previous = !hasPrevious ? null
            : page == 2 ? filter.ToRouteValues()
            : Link(filter, "before", cursors.Write(filter, order, new QueueCursor(rows[0].Key, Backward: true, page - 1)));
        var next = hasNext ? Link(filter, "after", cursors.Write(filter, order, new QueueCursor(rows[^1].Key, Backward: false, page + 1))) : null;

        return new RequestQueueViewModel(
            filter, model, total, !exact, page, pageCount is { } count ? Math.Max(1, count) : null, handlers, today,
            first, previous, next);
    }

    private async Task<(List<QueueRowData> Rows, int Page, bool HasPrevious, bool HasNext)> ReadPageAsync(
        IQueryable<RightsRequest> filtered, bool openOnly, RequestQueueFilter filter, QueueOrder order, int? total, CancellationToken cancellationToken)
    {
        var after = cursors.Read(filter.After, filter, order);
        var before = after is null ? cursors.Read(filter.Before, filter, order) : null;
        var malformed = (after is null && !string.IsNullOrEmpty(filter.After)) || (before is null && !string.IsNullOrEmpty(filter.Before));

        if (after is { Backward: false })
        {
            var rows = await ReadAsync(RequestQueueOrder.Forward(filtered, order, after.Key), skip: 0, PageSize + 1, cancellationToken);
            if (rows.Count > 0)
            {
                return (rows.Take(PageSize).ToList(), Math.Max(2, after.Page), true, rows.Count > PageSize);
            }
        }
        else if (before is { Backward: true })
        {
            // Read one more than a page backwards: only then is there a page before this one; otherwise this is page 1.
            var rows = await ReadAsync(RequestQueueOrder.Backward(filtered, order, before.Key), skip: 0, PageSize + 1, cancellationToken);
            if (rows.Count > PageSize)
            {
                var page = rows.Take(PageSize).Reverse().ToList();
                return (page, Math.Max(2, before.Page), true, true);
            }
        }

        // No cursor (or one that no longer leads anywhere): page 1, or the page number of an old link, by offset (up to the
        // last page when the count is known).
        var pageCount = total is { } known ? Math.Max(1, (known + PageSize - 1) / PageSize) : int.MaxValue / PageSize;
        var number = malformed || after is not null || before is not null ? 1 : Math.Clamp(filter.Page, 1, pageCount);
        var first = openOnly && order == QueueOrder.Due && number == 1
            ? await ReadOpenFirstAsync(PageSize + 1, cancellationToken)
            : await ReadAsync(RequestQueueOrder.Forward(filtered, order, null), (number - 1) * PageSize, PageSize + 1, cancellationToken);
        return (first.Take(PageSize).ToList(), number, number > 1, first.Count > PageSize);
    }

    /// <summary>Up to <paramref name="take"/> rows from the segments of an order, one after the other, after skipping <paramref name="skip"/>.</summary>
    private static async Task<List<QueueRowData>> ReadAsync(IReadOnlyList<IQueryable<RightsRequest>> segments, int skip, int take, CancellationToken cancellationToken)
    {
        var rows = new List<QueueRowData>(take);
        foreach (var segment in segments)
        {
            var wanted = take - rows.Count;
            if (wanted <= 0)
            {
                break;
            }

            var query = skip > 0 ? segment.Skip(skip) : segment;
            var read = await query.Take(wanted).Select(Row).ToListAsync(cancellationToken);
            if (read.Count == 0 && skip > 0)
            {
                // The offset lies beyond this segment: it continues into the next one.
                skip -= await segment.CountAsync(cancellationToken);
                continue;
            }

            skip = 0;
            rows.AddRange(read);
        }

        return rows;
    }

    /// <summary>
    /// The default view's first <paramref name="take"/> rows, with the compiled queries: the dated open requests, then
    /// the undated ones, as <see cref="RequestQueueOrder.Forward"/> gives the due order's segments.
    /// </summary>
    private async Task<List<QueueRowData>> ReadOpenFirstAsync(int take, CancellationToken cancellationToken)
    {
        var rows = new List<QueueRowData>(take);
        await foreach (var row in OpenDatedFirst.For(db)(db, take).WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        if (rows.Count < take)
        {
            await foreach (var row in OpenUndatedFirst.For(db)(db, take - rows.Count).WithCancellation(cancellationToken))
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private static Dictionary<string, string> Link(RequestQueueFilter filter, string name, string cursor)
    {
        var values = filter.ToRouteValues();
        values[name] = cursor;
        return values;
    }

    private Urgency UrgencyOf(int? workingDaysLeft) => workingDaysLeft switch
    {
        < 0 => Urgency.Overdue,
        { } left when left <= options.Value.NearlyDueWorkingDays => Urgency.DueSoon,
        _ => Urgency.None,
    };

    private sealed record QueueRowData(
        Guid Id, string Reference, RightsRequestType Type, string FullName, RightsRequestStatus Status,
        DateOnly ReceivedOn, DateOnly? DueOn, DateTime CreatedAt, DateTime? ClosedAt, Guid? AssigneeUserId)
    {
        public QueueKey Key => new(DueOn, ReceivedOn, CreatedAt, Id);
    }
}
