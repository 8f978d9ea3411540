using ImiPortal.Domain.Deadlines;

namespace ImiPortal.Infrastructure.Requests;

public sealed class RequestOptions
{
    public const string Section = "Requests";

    /// <summary>Whose bank holidays move a deadline: EnglandAndWales (default), Scotland or NorthernIreland.</summary>
    public UkRegion HolidayRegion { get; set; } = UkRegion.EnglandAndWales;

    /// <summary>The internal service target in calendar days (at most 28), shown beside the legal deadline.</summary>
    public int InternalTargetDays { get; set; } = DeadlineCalculator.DefaultInternalTargetDays;

    /// <summary>Where reminders about unassigned requests go (and assigned ones whose assignee cannot log in).</summary>
    public string RemindersTo { get; set; } = "dataprotection@theimi.org.uk";

    /// <summary>The UK time of day the reminder digests go out (the background job "request-reminders").</summary>
    public TimeOnly ReminderTime { get; set; } = new(7, 0);

    /// <summary>A request is "nearly due" within this many working days of its deadline.</summary>
    public int NearlyDueWorkingDays { get; set; } = 5;

    /// <summary>
    /// The staff queue counts the requests that match its filters exactly up to this many, and beyond it says "more
    /// than" (ADR-018): an exact count of tens of thousands of rows would cost more than the page itself.
    /// </summary>
    public int QueueCountLimit { get; set; } = 1000;
}
