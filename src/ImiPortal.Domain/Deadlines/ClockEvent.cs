namespace ImiPortal.Domain.Deadlines;

/// <summary>
/// Something that changes the statutory clock after the request was received.
/// Pass events to <see cref="DeadlineCalculator.Calculate"/> in order of <see cref="On"/> (UK dates).
/// </summary>
/// <param name="On">The UK date the event happened; for a pause, the day the question was sent.</param>
public abstract record ClockEvent(DateOnly On);
