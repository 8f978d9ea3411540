using ImiPortal.Infrastructure.Email;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.Infrastructure.Retention;

namespace ImiPortal.Infrastructure.Jobs;

/// <summary>
/// Every background job of the portal, in one place. To add one, add one line: a scoped service, the method to
/// run and a default schedule (Quartz cron, seconds first, UK time), e.g.
/// <c>jobs.AddPortalJob&lt;NightlyThing&gt;("nightly-thing", "0 30 2 * * ?", (s, ct) => s.RunAsync(ct));</c>
/// Operators may change a schedule with the setting <c>Jobs:Schedules:&lt;key&gt;</c>.
/// </summary>
public static class PortalJobList
{
    public const string OutboxDispatchKey = "outbox-dispatch";
    public const string RequestRemindersKey = "request-reminders";
    public const string RetentionSweepKey = "retention-sweep";

    public static void Register(PortalJobs jobs, RequestOptions requests, RetentionOptions retention)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(retention);
        jobs.AddPortalJob<OutboxDispatcher>(OutboxDispatchKey, "0/5 * * * * ?", (d, ct) => d.RunAsync(ct));
        // Idempotent per UK day; a single-instance (SQLite) start after the time still sends the day's digests.
        jobs.AddPortalJob<RequestReminders>(RequestRemindersKey, DailyAt(requests.ReminderTime), (r, ct) => r.SendDueAsync(ct), catchUpToday: true);
        // Idempotent: a repeated or interrupted sweep does no harm.
        jobs.AddPortalJob<RetentionSweep>(RetentionSweepKey, DailyAt(retention.RunAt), (s, ct) => s.RunAsync(null, ct));
    }

    /// <summary>A cron expression for once a day at a UK time.</summary>
    public static string DailyAt(TimeOnly time) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"0 {time.Minute} {time.Hour} * * ?");
}
