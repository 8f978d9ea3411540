namespace ImiPortal.Domain.Retention;

/// <summary>One run of the retention sweep: its report for the privacy officer. Holds counts only, never personal data.</summary>
public class RetentionSweepRun
{
    public long Id { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>The privacy officer who started it by hand; null when the schedule started it.</summary>
    public Guid? StartedByUserId { get; set; }

    public RetentionSweepOutcome Outcome { get; set; } = RetentionSweepOutcome.Running;

    /// <summary>The kind of failure (an exception type), never a message that could carry data.</summary>
    public string? Failure { get; set; }

    public List<RetentionSweepLine> Lines { get; } = [];

    public int TotalAffected => Lines.Sum(l => l.Affected);
}

public class RetentionSweepLine
{
    public long Id { get; set; }

    public long RunId { get; set; }

    public string RuleKey { get; set; } = "";

    /// <summary>Records made (or ended) before this moment were due.</summary>
    public DateTime CutoffUtc { get; set; }

    public int Affected { get; set; }

    /// <summary>Due records kept because their member is under a legal hold or a restriction.</summary>
    public int HeldBack { get; set; }
}

public enum RetentionSweepOutcome
{
    Running = 1,
    Completed = 2,
    Failed = 3,
}
