namespace ImiPortal.Domain.Deadlines;

/// <summary>
/// The controller asked for proof of identity, proof of authority or a fee.
/// No deadline runs until <see cref="InformationReceived"/>: the month is then counted afresh from that day.
/// </summary>
public sealed record InformationRequested(DateOnly On) : ClockEvent(On);
