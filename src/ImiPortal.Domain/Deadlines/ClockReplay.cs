namespace ImiPortal.Domain.Deadlines;

/// <summary>Replays one request's clock events in date order, then reports where the clock stands.</summary>
internal sealed class ClockReplay
{
    private readonly DeadlineCalculator _calculator;
    private readonly List<ClockEvent> _ignored = [];
    private readonly List<(DateOnly From, DateOnly? To)> _pauses = [];
    private DateOnly _start;
    private DateOnly? _awaitingSince;
    private bool _extended;
    private DateOnly _lastOn;

    // Tracks every pause seen, even discarded or ignored ones, so overlapping records are still caught.
    private DateOnly? _lastPauseEnd;

    public ClockReplay(DeadlineCalculator calculator, DateOnly receivedOn)
    {
        _calculator = calculator;
        _start = receivedOn;
        _lastOn = receivedOn;
    }

    public void Apply(ClockEvent clockEvent)
    {
        ArgumentNullException.ThrowIfNull(clockEvent);
        Guard(clockEvent);
        switch (clockEvent)
        {
            case InformationRequested requested:
                _awaitingSince ??= requested.On;
                break;
            case InformationReceived received:
                Restart(received.On);
                break;
            case ClarificationPause pause:
                AddPause(pause);
                break;
            case ExtensionDecided extension when ToResult().CanExtend(extension.On):
                _extended = true;
                break;
            case ExtensionDecided:
                _ignored.Add(clockEvent);
                break;
            default:
                throw new ArgumentException($"Unknown clock event {clockEvent.GetType().Name}.", nameof(clockEvent));
        }
    }

    public DeadlineResult ToResult()
    {
        if (_awaitingSince is { } awaitingSince)
        {
            return new DeadlineResult
            {
                Status = ClockStatus.AwaitingInformation,
                AwaitingInformationSince = awaitingSince,
                IgnoredEvents = [.. _ignored],
            };
        }

        var pausedDays = 0;
        DateOnly? pausedSince = null;
        foreach (var (from, to) in _pauses)
        {
            if (to is { } answeredOn)
            {
                pausedDays += answeredOn.DayNumber - from.DayNumber + 1;
            }
            else
            {
                pausedSince = from;
            }
        }

        if (pausedSince is not null)
        {
            return new DeadlineResult
            {
                Status = ClockStatus.PausedForClarification,
                ClockStartsOn = _start,
                IsExtended = _extended,
                PausedDays = pausedDays,
                PausedSince = pausedSince,
                IgnoredEvents = [.. _ignored],
            };
        }

        var oneMonth = _calculator.StatutoryDueOn(_start, extended: false, pausedDays);
        return new DeadlineResult
        {
            Status = ClockStatus.Running,
            ClockStartsOn = _start,
            DueOn = _extended ? _calculator.StatutoryDueOn(_start, extended: true, pausedDays) : oneMonth,
            OneMonthDueOn = oneMonth,
            InternalTargetOn = _calculator.InternalTargetOn(_start, pausedDays),
            IsExtended = _extended,
            PausedDays = pausedDays,
            IgnoredEvents = [.. _ignored],
        };
    }

    private void Guard(ClockEvent clockEvent)
    {
        if (clockEvent.On < _lastOn)
        {
            throw new ArgumentException(
                $"Clock events must be in date order and not before receipt: {clockEvent} comes after {_lastOn}.",
                nameof(clockEvent));
        }

        if (clockEvent is ClarificationPause pause)
        {
            if (pause.AnsweredOn < pause.On)
            {
                throw new ArgumentException($"{pause} was answered before it was asked.", nameof(clockEvent));
            }

            // Overlapping pauses would count the shared days twice.
            if (pause.On <= _lastPauseEnd)
            {
                throw new ArgumentException($"{pause} overlaps an earlier clarification pause.", nameof(clockEvent));
            }

            _lastPauseEnd = pause.AnsweredOn ?? DateOnly.MaxValue;
        }

        _lastOn = clockEvent.On;
    }

    private void Restart(DateOnly on)
    {
        _start = on;
        _awaitingSince = null;
        _extended = false;

        // Earlier pauses belong to the discarded month, but a question still outstanding on the
        // restart day keeps the new clock stopped from that day until it is answered.
        var carried = _pauses.Where(p => p.To is null || p.To >= on).Select(p => (on, p.To)).ToList();
        _pauses.Clear();
        _pauses.AddRange(carried);
    }

    private void AddPause(ClarificationPause pause)
    {
        // While awaiting information the pause is kept: the part after the restart will count.
        var current = ToResult();
        if (current.Status == ClockStatus.AwaitingInformation || pause.On <= current.DueOn)
        {
            _pauses.Add((pause.On, pause.AnsweredOn));
        }
        else
        {
            // A clock that has already run out cannot be stopped; counting this pause would hide a breach.
            _ignored.Add(pause);
        }
    }
}
