using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace ImiPortal.IntegrationTests.Infrastructure;

/// <summary>Keeps every log event the portal writes, rendered as text with all its properties and exception.</summary>
public sealed class CapturingLogSink : ILogEventSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        using var writer = new StringWriter();
        writer.Write(logEvent.RenderMessage());
        foreach (var (name, value) in logEvent.Properties)
        {
            writer.Write($" {name}={value}");
        }

        if (logEvent.Exception is not null)
        {
            writer.Write(' ');
            writer.Write(logEvent.Exception.ToString());
        }

        _lines.Enqueue(writer.ToString());
    }
}
