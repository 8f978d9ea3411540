namespace ImiPortal.Domain.Deadlines;

/// <summary>
/// The controller extended the deadline by two further months (complex request, or many requests)
/// and told the requester on <see cref="ClockEvent.On"/>. Only effective on or before the one-month deadline.
/// </summary>
public sealed record ExtensionDecided(DateOnly On) : ClockEvent(On);
