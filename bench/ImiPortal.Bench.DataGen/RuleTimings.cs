using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace ImiPortal.Bench.DataGen;

/// <summary>Collects the time of each retention rule from the sweep's own log event (event id 4004, "rule applied").</summary>
internal sealed class RuleTimings : ILogEventSink
{
    private readonly ConcurrentDictionary<string, double> _milliseconds = new(StringComparer.Ordinal);

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        if (logEvent.Properties.TryGetValue("RuleKey", out var rule) && rule is ScalarValue { Value: string key }
            && logEvent.Properties.TryGetValue("ElapsedMs", out var elapsed) && elapsed is ScalarValue { Value: double ms })
        {
            _milliseconds[key] = ms;
        }
    }

    public double Milliseconds(string ruleKey) => _milliseconds.GetValueOrDefault(ruleKey);
}
