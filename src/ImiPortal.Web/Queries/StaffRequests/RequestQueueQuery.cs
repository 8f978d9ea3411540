using ImiPortal.Domain;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.Web.Models.StaffRequests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImiPortal.Web.Queries.StaffRequests;

/// <summary>
/// One page of the staff queue: a count, one projection of 25 rows, and one lookup of the assignees on the page.
/// Days left are working days from the deadline engine.
/// </summary>
public sealed class RequestQueueQuery(
    RequestRegister register,
    StaffDirectory staff,
    PortalDbContext db,
    RequestDeadlines deadlines,
    IOptions<RequestOptions> options,
    TimeProvider time)
{
    public async Task<RequestQueueViewModel> RunAsync(RequestQueueFilter filter, Guid currentUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = UkTime.Today(time);
        var filtered = register.Filter(filter, currentUserId).AsNoTracking();
        var total = await filtered.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + RequestQueueFilter.PageSize - 1) / RequestQueueFilter.PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);

        var rows = await RequestRegister.Sort(filtered, filter.Sort)
            .Skip((page - 1) * RequestQueueFilter.PageSize)
            .Take(RequestQueueFilter.PageSize)
            .Select(r => new { r.Id, r.Reference, r.Type, r.FullName, r.Status, r.ReceivedOn, r.DueOn, r.ClosedAt, r.AssigneeUserId })
            .ToListAsync(cancellationToken);

        var assigneeIds = rows.Where(r => r.AssigneeUserId != null).Select(r => r.AssigneeUserId!.Value).Distinct().ToList();
        var assignees = assigneeIds.Count == 0
            ? new Dictionary<Guid, string?>()
            : await db.Users.AsNoTracking().Where(u => assigneeIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken);

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

        return new RequestQueueViewModel(filter, model, total, page, pageCount, await staff.RequestHandlersAsync(cancellationToken), today);
    }

    private Urgency UrgencyOf(int? workingDaysLeft) => workingDaysLeft switch
    {
        < 0 => Urgency.Overdue,
        { } left when left <= options.Value.NearlyDueWorkingDays => Urgency.DueSoon,
        _ => Urgency.None,
    };
}
