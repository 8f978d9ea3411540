using System.Globalization;
using System.Text;
using ImiPortal.Domain;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>
/// The daily reminder: one digest per recipient listing the open requests that are overdue or due within a few
/// working days. Assigned requests go to the assignee, the rest to the shared inbox. References and due dates only,
/// no requester details. Idempotent per UK day: a recipient who already had today's digest gets nothing more.
/// Independent of what triggers it (a hosted service now, a scheduler later).
/// </summary>
public sealed partial class RequestReminders(
    PortalDbContext db,
    RequestDeadlines deadlines,
    IEmailOutbox outbox,
    IOptions<RequestOptions> options,
    TimeProvider time,
    ILogger<RequestReminders> logger)
{
    /// <summary>Sends today's digests not yet sent; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var today = UkTime.Today(time);
        var horizon = LastDayWithin(today, options.Value.NearlyDueWorkingDays);
        var open = RequestTransitions.Workable.ToList();
        var due = await (
                from r in db.RightsRequests.AsNoTracking()
                where open.Contains(r.Status) && r.DueOn != null && r.DueOn <= horizon
                join u in db.Users on r.AssigneeUserId equals u.Id into assignees
                from u in assignees.DefaultIfEmpty()
                select new { r.Reference, DueOn = r.DueOn!.Value, Assignee = u != null && u.DisabledAt == null ? u.Email : null })
            .ToListAsync(cancellationToken);

        var alreadySent = await db.ReminderDigests.AsNoTracking().Where(d => d.SentOn == today).Select(d => d.Recipient).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var group in due.GroupBy(r => r.Assignee ?? options.Value.RemindersTo, StringComparer.OrdinalIgnoreCase))
        {
            if (alreadySent.Contains(group.Key, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var items = group.OrderBy(r => r.DueOn).ThenBy(r => r.Reference, StringComparer.Ordinal).Select(r => (r.Reference, r.DueOn)).ToList();
            outbox.Add(Digest(group.Key, today, items));
            db.ReminderDigests.Add(new ReminderDigest { Recipient = group.Key, SentOn = today, SentAt = time.GetUtcNow().UtcDateTime, RequestCount = items.Count });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                sent++;
            }
            catch (DbUpdateException)
            {
                // Another run sent this recipient's digest a moment ago (unique recipient + day): leave it at that.
                db.ChangeTracker.Clear();
            }
        }

        LogDigestsSent(logger, sent, due.Count);
        return sent;
    }

    /// <summary>The last day whose deadline is at most <paramref name="workingDays"/> working days ahead.</summary>
    private DateOnly LastDayWithin(DateOnly today, int workingDays)
    {
        var day = today;
        while (deadlines.Calculator.WorkingDaysUntil(today, day.AddDays(1)) <= workingDays)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private EmailMessage Digest(string to, DateOnly today, List<(string Reference, DateOnly DueOn)> items)
    {
        var overdue = items.Count(i => i.DueOn < today);
        var body = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Rights requests that need attention on {UkTime.Format(today)}:\n\n");
        foreach (var (reference, dueOn) in items)
        {
            var left = deadlines.Calculator.WorkingDaysUntil(today, dueOn);
            var when = left switch
            {
                < 0 => $"OVERDUE by {-left} working day{(left == -1 ? "" : "s")}",
                0 => "due today",
                _ => $"{left} working day{(left == 1 ? "" : "s")} left",
            };
            body.Append(CultureInfo.InvariantCulture, $"{reference}  due {UkTime.Format(dueOn)}  ({when})\n");
        }

        body.Append("\nOpen the requests in the MyIMI back office (Rights requests) to work them.\n");
        var subject = overdue > 0
            ? $"Rights requests: {overdue} overdue, {items.Count - overdue} due within {options.Value.NearlyDueWorkingDays} working days"
            : $"Rights requests: {items.Count} due within {options.Value.NearlyDueWorkingDays} working days";
        return new EmailMessage("request.reminder-digest", to, subject, body.ToString());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Request reminders: {Digests} digests sent for {Requests} requests due soon or overdue")]
    private static partial void LogDigestsSent(ILogger logger, int digests, int requests);
}
