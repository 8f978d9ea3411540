using ImiPortal.Domain;
using ImiPortal.Domain.Deadlines;
using ImiPortal.Domain.Requests;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>
/// Applies the UK deadline engine to a stored request: its receipt date plus the clock-relevant steps of its history
/// (identity asked for and received, clarification asked for and answered, extension). The one place that turns
/// request history into dates, used by intake, the staff queue and reminders alike.
/// </summary>
public sealed class RequestDeadlines(DeadlineCalculator calculator)
{
    public DeadlineCalculator Calculator => calculator;

    public DeadlineResult Calculate(RightsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return calculator.Calculate(request.ReceivedOn, ClockEvents(request.Events));
    }

    /// <summary>Recomputes and stores the request's clock start, due date and extension flag.</summary>
    public DeadlineResult Refresh(RightsRequest request)
    {
        var result = Calculate(request);
        request.ClockStartsOn = result.ClockStartsOn;
        request.DueOn = result.DueOn;
        request.IsExtended = result.IsExtended;
        return result;
    }

    public static IEnumerable<ClockEvent> ClockEvents(IEnumerable<RightsRequestEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        DateOnly? pauseStart = null;
        var events = new List<ClockEvent>();
        foreach (var step in history.OrderBy(e => DateOf(e)).ThenBy(e => e.OccurredAt).ThenBy(e => e.Id))
        {
            var on = DateOf(step);
            switch (step.Kind)
            {
                case RightsRequestEventKind.IdentityRequested:
                    events.Add(new InformationRequested(on));
                    break;
                case RightsRequestEventKind.IdentityReceived:
                    events.Add(new InformationReceived(on));
                    break;
                case RightsRequestEventKind.ClarificationRequested:
                    pauseStart ??= on;
                    break;
                case RightsRequestEventKind.ClarificationReceived when pauseStart is { } start:
                    events.Add(new ClarificationPause(start, on));
                    pauseStart = null;
                    break;
                case RightsRequestEventKind.Extended:
                    events.Add(new ExtensionDecided(on));
                    break;
                default:
                    break;
            }
        }

        if (pauseStart is { } open)
        {
            events.Add(new ClarificationPause(open, null));
        }

        return events.OrderBy(e => e.On);
    }

    private static DateOnly DateOf(RightsRequestEvent step) => step.EffectiveOn ?? UkTime.DateOf(step.OccurredAt);
}
