using System.Linq.Expressions;
using ImiPortal.Domain;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Query;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>
/// Turns the queue's filters into one database query over the request register, for the queue page and the CSV
/// export alike. Every filter maps onto an index: (Status, DueOn), (DueOn), (AssigneeUserId, DueOn), (Email),
/// (Reference) and (FullName); the open requests by due date have an index of their own.
/// </summary>
public sealed class RequestRegister(PortalDbContext db, TimeProvider time)
{
    private static readonly RightsRequestStatus[] Closed = [RightsRequestStatus.Completed, RightsRequestStatus.Refused, RightsRequestStatus.Withdrawn];

    /// <summary>
    /// The request is open: its status is one of the workable ones, written into the SQL as literals
    /// (<c>"Status" IN (2, 3, 4, 5)</c>) rather than as parameters, because only then can the database use the index
    /// of open requests (ADR-018). Built once, so that every query shares one plan.
    /// </summary>
    public static readonly Expression<Func<RightsRequest, bool>> IsOpen = BuildIsOpen();

    /// <summary>
    /// Whether <paramref name="requests"/>, as <see cref="Filter"/> returned it, is the open requests and nothing
    /// else: the queue's default view. Read from the query itself, so that it cannot disagree with the filters.
    /// </summary>
    public static bool IsOpenOnly(IQueryable<RightsRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        return requests.Expression is MethodCallExpression { Method.Name: nameof(Queryable.Where), Arguments: [var source, UnaryExpression { Operand: var predicate }] }
            && source is QueryRootExpression
            && ReferenceEquals(predicate, IsOpen);
    }

    /// <summary>Monday of the UK week (Monday to Sunday) that contains <paramref name="today"/>.</summary>
    public static DateOnly WeekStart(DateOnly today) => today.AddDays(-(((int)today.DayOfWeek + 6) % 7));

    /// <summary>The UTC instants at which the UK calendar month containing <paramref name="today"/> starts and ends.</summary>
    public static (DateTime From, DateTime To) MonthInUtc(DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1);
        return (StartOfUkDay(first), StartOfUkDay(first.AddMonths(1)));
    }

    public IQueryable<RightsRequest> Filter(RequestQueueFilter filter, Guid currentUserId)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = UkTime.Today(time);
        var requests = db.RightsRequests.AsQueryable();

        var search = filter.Q?.Trim();
        requests = (filter.Status?.Trim() ?? (string.IsNullOrEmpty(search) ? RequestQueueFilter.OpenStatus : RequestQueueFilter.AllStatuses)) switch
        {
            var s when s.Equals(RequestQueueFilter.AllStatuses, StringComparison.OrdinalIgnoreCase) => requests,
            var s when s.Equals(RequestQueueFilter.ClosedStatus, StringComparison.OrdinalIgnoreCase) => requests.Where(r => Closed.Contains(r.Status)),
            var s when Enum.TryParse<RightsRequestStatus>(s, ignoreCase: true, out var status) && Enum.IsDefined(status) => requests.Where(r => r.Status == status),
            _ => requests.Where(IsOpen),
        };

        if (filter.Type is { } type)
        {
            requests = requests.Where(r => r.Type == type);
        }

        requests = filter.Assignee?.Trim().ToLowerInvariant() switch
        {
            RequestQueueFilter.Mine => requests.Where(r => r.AssigneeUserId == currentUserId),
            RequestQueueFilter.Unassigned => requests.Where(r => r.AssigneeUserId == null),
            var a when Guid.TryParse(a, out var userId) => requests.Where(r => r.AssigneeUserId == userId),
            _ => requests,
        };

        var weekStart = WeekStart(today);
        var weekEnd = weekStart.AddDays(6);
        requests = filter.Due?.Trim().ToLowerInvariant() switch
        {
            RequestQueueFilter.Overdue => requests.Where(IsOpen).Where(r => r.DueOn < today),
            RequestQueueFilter.DueThisWeek => requests.Where(r => r.DueOn >= weekStart && r.DueOn <= weekEnd),
            _ => requests,
        };

        if (string.Equals(filter.Closed?.Trim(), RequestQueueFilter.ClosedThisMonth, StringComparison.OrdinalIgnoreCase))
        {
            var (from, to) = MonthInUtc(today);
            requests = requests.Where(r => r.ClosedAt >= from && r.ClosedAt < to);
        }

        return string.IsNullOrEmpty(search) ? requests : Search(requests, search);
    }

    public static IQueryable<RightsRequest> Sort(IQueryable<RightsRequest> requests, string? sort) => RequestQueueOrder.Parse(sort) switch
    {
        QueueOrder.Received => requests.OrderBy(r => r.ReceivedOn).ThenBy(r => r.CreatedAt).ThenBy(r => r.Id),
        QueueOrder.ReceivedNewest => requests.OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.CreatedAt).ThenBy(r => r.Id),

        // Paused and awaiting requests have no due date: they go last, oldest receipt first.
        _ => requests.OrderBy(r => r.DueOn == null).ThenBy(r => r.DueOn).ThenBy(r => r.ReceivedOn).ThenBy(r => r.Id),
    };

    private IQueryable<RightsRequest> Search(IQueryable<RightsRequest> requests, string search)
    {
        var reference = search.ToUpperInvariant();
        if (RequestReference.IsWellFormed(reference))
        {
            return requests.Where(r => r.Reference == reference);
        }

        if (search.Contains('@', StringComparison.Ordinal))
        {
            // Exact, as typed or in lower case (how most addresses are written), so that the Email index is used.
            var lower = search.ToLowerInvariant();
            return requests.Where(r => r.Email == search || r.Email == lower);
        }

        return requests.WhereStartsWith(db.Database, r => r.FullName, search);
    }

    private static DateTime StartOfUkDay(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), UkTime.Zone);

    private static Expression<Func<RightsRequest, bool>> BuildIsOpen()
    {
        var request = Expression.Parameter(typeof(RightsRequest), "r");
        var status = Expression.Property(request, nameof(RightsRequest.Status));
        var body = RequestTransitions.Workable
            .Select(open => (Expression)Expression.Equal(status, Expression.Constant(open)))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<RightsRequest, bool>>(body, request);
    }
}
