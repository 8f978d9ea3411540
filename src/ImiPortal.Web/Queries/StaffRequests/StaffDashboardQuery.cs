using ImiPortal.Domain;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.Web.Models.StaffRequests;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Queries.StaffRequests;

/// <summary>Counts for the dashboard, computed with the same rules as the queue's filters so that the links agree.</summary>
public sealed class StaffDashboardQuery(PortalDbContext db, TimeProvider time)
{
    public async Task<StaffDashboardViewModel> RunAsync(CancellationToken cancellationToken)
    {
        var today = UkTime.Today(time);
        var workable = RequestTransitions.Workable.ToList();
        var requests = db.RightsRequests.AsNoTracking();

        var counts = await requests.GroupBy(r => r.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byStatus = Enum.GetValues<RightsRequestStatus>()
            .Select(s => (s, counts.FirstOrDefault(c => c.Status == s)?.Count ?? 0))
            .ToList();

        var overdue = await requests.CountAsync(r => workable.Contains(r.Status) && r.DueOn < today, cancellationToken);
        var weekStart = RequestRegister.WeekStart(today);
        var weekEnd = weekStart.AddDays(6);
        var dueThisWeek = await requests.CountAsync(r => workable.Contains(r.Status) && r.DueOn >= weekStart && r.DueOn <= weekEnd, cancellationToken);

        // "On time" compares the UK date of closing with the due date, which SQL cannot convert: read the month's pairs.
        var (from, to) = RequestRegister.MonthInUtc(today);
        var completed = await requests
            .Where(r => r.Status == RightsRequestStatus.Completed && r.ClosedAt >= from && r.ClosedAt < to)
            .Select(r => new { r.ClosedAt, r.DueOn })
            .ToListAsync(cancellationToken);
        var onTime = completed.Count(c => c.DueOn is { } due && UkTime.DateOf(c.ClosedAt!.Value) <= due);

        return new StaffDashboardViewModel(byStatus, overdue, dueThisWeek, completed.Count, onTime, today);
    }
}
