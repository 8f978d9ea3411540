namespace ImiPortal.Domain.Deadlines;

/// <summary>
/// The controller asked the requester to clarify the request: the clock stops.
/// Every day from <see cref="ClockEvent.On"/> (question sent) to <see cref="AnsweredOn"/> (answer received),
/// both inclusive, does not count towards the deadline.
/// </summary>
/// <param name="On">The day the question was sent.</param>
/// <param name="AnsweredOn">The day the answer arrived; <see langword="null"/> while the question is outstanding.</param>
public sealed record ClarificationPause(DateOnly On, DateOnly? AnsweredOn) : ClockEvent(On)
{
    /// <summary>Days that do not count, or <see langword="null"/> while the question is outstanding.</summary>
    public int? Days => AnsweredOn is { } answeredOn ? answeredOn.DayNumber - On.DayNumber + 1 : null;
}
