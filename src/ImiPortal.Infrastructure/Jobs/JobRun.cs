namespace ImiPortal.Infrastructure.Jobs;

/// <summary>
/// One execution of a background job: which job, the fire time it was scheduled for, which instance ran it and
/// how it ended. A durable record that each scheduled fire ran once across every instance. No personal data.
/// </summary>
public class JobRun
{
    public long Id { get; set; }

    /// <summary>The job's key, e.g. "outbox-dispatch".</summary>
    public string JobKey { get; set; } = "";

    /// <summary>The fire time the scheduler planned (UTC); two runs with the same value would be a double fire.</summary>
    public DateTime ScheduledFor { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>The scheduler instance (host name and a start-up stamp) that ran it.</summary>
    public string Instance { get; set; } = "";

    /// <summary>"running", "succeeded" or "failed: ExceptionType".</summary>
    public string Outcome { get; set; } = "";
}
