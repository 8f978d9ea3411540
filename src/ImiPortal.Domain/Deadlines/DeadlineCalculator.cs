namespace ImiPortal.Domain.Deadlines;

/// <summary>
/// The UK GDPR deadline engine for data-subject rights requests (Article 12, as amended by the Data (Use and
/// Access) Act 2025, read with the ICO guidance). Pure and stateless: give it the receipt date and the clock events.
/// </summary>
/// <remarks>
/// <para>One month runs from the day of receipt (a weekend or holiday receipt still counts) to the same day of the
/// next month, or that month's last day when the day does not exist. Answered clarification pauses add their days
/// (ask day and answer day inclusive) to that raw date, and only then does a weekend or bank holiday move it to the
/// next working day: the pause extends the period itself, and the roll is a courtesy applied to its end.</para>
/// <para>An outstanding clarification gives <see cref="ClockStatus.PausedForClarification"/> and no due date, rather
/// than a date that assumes an answer today and would drift every day.</para>
/// <para>The internal target is the clock start plus <see cref="InternalTargetDays"/> calendar days plus paused days.
/// On a non-working day it moves BACK to the previous working day so it is never later than promised; only if that
/// would fall before the clock start (a tiny target over a weekend) does it move forward instead.</para>
/// </remarks>
public sealed class DeadlineCalculator
{
    public const int DefaultInternalTargetDays = 28;

    // A month can be as short as 28 days (31 January to 28 February): a longer target could pass the deadline.
    public const int MaxInternalTargetDays = 28;

    private const int MonthsWhenExtended = 3;

    private readonly IWorkingDayCalendar _calendar;

    public DeadlineCalculator(IWorkingDayCalendar calendar, int internalTargetDays = DefaultInternalTargetDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfLessThan(internalTargetDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(internalTargetDays, MaxInternalTargetDays);
        _calendar = calendar;
        InternalTargetDays = internalTargetDays;
    }

    public int InternalTargetDays { get; }

    /// <summary>
    /// The same day of the month <paramref name="months"/> later, or the last day of that month when the day does
    /// not exist there (31 January + 1 month = 28 or 29 February). No working-day rolling.
    /// </summary>
    public static DateOnly AddCalendarMonths(DateOnly start, int months)
    {
        var target = new DateOnly(start.Year, start.Month, 1).AddMonths(months);
        var day = Math.Min(start.Day, DateTime.DaysInMonth(target.Year, target.Month));
        return new DateOnly(target.Year, target.Month, day);
    }

    /// <summary>Where the clock stands after <paramref name="events"/>, given in date order.</summary>
    /// <param name="receivedOn">The UK date the request was received.</param>
    /// <param name="events">Events after receipt, ordered by <see cref="ClockEvent.On"/>.</param>
    /// <exception cref="ArgumentException">
    /// Events out of order or before receipt, a pause answered before it was asked, or overlapping pauses.
    /// </exception>
    public DeadlineResult Calculate(DateOnly receivedOn, params IEnumerable<ClockEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var replay = new ClockReplay(this, receivedOn);
        foreach (var clockEvent in events)
        {
            replay.Apply(clockEvent);
        }

        return replay.ToResult();
    }

    /// <summary>
    /// Working days left before <paramref name="due"/>: ahead, the working days after today up to and including the
    /// due day; overdue, minus the working days from the due day to yesterday. For a due date that is a working day
    /// (as this engine always gives) the result is 0 only on the due day and negative from the next day.
    /// </summary>
    public int WorkingDaysUntil(DateOnly today, DateOnly due) =>
        due >= today ? _calendar.CountWorkingDays(today.AddDays(1), due) : -_calendar.CountWorkingDays(due, today.AddDays(-1));

    /// <summary>Calendar days to <paramref name="due"/>: 0 on the day, negative when overdue.</summary>
    public static int CalendarDaysUntil(DateOnly today, DateOnly due) => due.DayNumber - today.DayNumber;

    internal DateOnly StatutoryDueOn(DateOnly start, bool extended, int pausedDays)
    {
        var raw = AddCalendarMonths(start, extended ? MonthsWhenExtended : 1).AddDays(pausedDays);
        return _calendar.NextWorkingDayOnOrAfter(raw);
    }

    internal DateOnly InternalTargetOn(DateOnly start, int pausedDays)
    {
        var target = start.AddDays(InternalTargetDays + pausedDays);
        var earlier = _calendar.PreviousWorkingDayOnOrBefore(target);
        return earlier >= start ? earlier : _calendar.NextWorkingDayOnOrAfter(target);
    }
}
