namespace ImiPortal.Infrastructure.Retention;

public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Rows handled per database round trip: memory stays flat however many rows are due.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>Members anonymised per unit of work (each one is a walk over every table).</summary>
    public int MemberBatchSize { get; set; } = 50;

    /// <summary>Run the sweep every night in this process (off in tests, which run it directly).</summary>
    public bool RunInBackground { get; set; } = true;

    /// <summary>The UK time of day at which the nightly sweep runs.</summary>
    public TimeOnly RunAt { get; set; } = new(2, 30);
}
