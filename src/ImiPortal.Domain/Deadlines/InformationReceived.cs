namespace ImiPortal.Domain.Deadlines;

/// <summary>
/// Requested identity, authority or fee arrived: the clock restarts and the month runs from <see cref="ClockEvent.On"/>.
/// Pauses and any extension of the earlier clock are discarded.
/// </summary>
/// <remarks>
/// Record it when the last outstanding item arrives. Recording each item as it arrives is also safe:
/// the latest one wins, and until then the engine shows the earlier (stricter) date.
/// </remarks>
public sealed record InformationReceived(DateOnly On) : ClockEvent(On);
