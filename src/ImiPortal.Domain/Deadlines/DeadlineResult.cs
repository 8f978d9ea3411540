namespace ImiPortal.Domain.Deadlines;

/// <summary>Where the statutory clock of one rights request stands. Dates are UK calendar dates.</summary>
public sealed record DeadlineResult
{
    public required ClockStatus Status { get; init; }

    /// <summary>
    /// The day the current month runs from: the receipt date, or the day requested information arrived.
    /// <see langword="null"/> while awaiting information, because no month runs then.
    /// </summary>
    public DateOnly? ClockStartsOn { get; init; }

    /// <summary>
    /// The statutory deadline: one month (three when extended) from <see cref="ClockStartsOn"/>, clamped to the end
    /// of a shorter month, plus <see cref="PausedDays"/>, then moved to the next working day.
    /// <see langword="null"/> unless <see cref="Status"/> is <see cref="ClockStatus.Running"/>: while a
    /// clarification is outstanding nobody knows when the answer will come, so no date is promised.
    /// </summary>
    public DateOnly? DueOn { get; init; }

    /// <summary>
    /// The one-month deadline (pauses included), which is also the last day an extension may be decided and notified.
    /// Equal to <see cref="DueOn"/> unless extended; <see langword="null"/> unless the clock is running.
    /// </summary>
    public DateOnly? OneMonthDueOn { get; init; }

    /// <summary>The internal service target, never later than <see cref="OneMonthDueOn"/>; see <see cref="DeadlineCalculator"/>.</summary>
    public DateOnly? InternalTargetOn { get; init; }

    public bool IsExtended { get; init; }

    /// <summary>Days of answered clarification pauses in the current clock (an outstanding one is not counted yet).</summary>
    public int PausedDays { get; init; }

    /// <summary>First day of the outstanding clarification pause in the current clock, when paused.</summary>
    public DateOnly? PausedSince { get; init; }

    /// <summary>The day identity, authority or a fee was asked for, while still awaited.</summary>
    public DateOnly? AwaitingInformationSince { get; init; }

    /// <summary>
    /// Events that changed nothing because they came too late or while no clock ran: a clarification asked after
    /// the deadline, an extension after the one-month deadline or a second extension. They never move a date
    /// later, so a missed deadline stays visible; show them to staff.
    /// </summary>
    public IReadOnlyList<ClockEvent> IgnoredEvents { get; init; } = [];

    /// <summary>
    /// Whether an extension decided (and notified) on <paramref name="on"/> would be lawful: only once, and only on or
    /// before the one-month deadline. While paused the clock is stopped before that deadline, so it is allowed; while
    /// awaiting information there is no clock to extend.
    /// </summary>
    public bool CanExtend(DateOnly on) => !IsExtended && Status switch
    {
        ClockStatus.Running => on <= OneMonthDueOn,
        ClockStatus.PausedForClarification => true,
        _ => false,
    };

    /// <summary>True when the clock runs and <paramref name="today"/> is after the due date.</summary>
    public bool IsOverdueOn(DateOnly today) => today > DueOn;
}
