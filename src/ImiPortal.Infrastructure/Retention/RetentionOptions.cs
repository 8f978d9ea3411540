namespace ImiPortal.Infrastructure.Retention;

public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Rows handled per database round trip: memory stays flat however many rows are due.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>Members anonymised per unit of work (each one is a walk over every table).</summary>
    public int MemberBatchSize { get; set; } = 50;

    /// <summary>The UK time of day at which the nightly sweep runs (the default schedule of the job "retention-sweep").</summary>
    public TimeOnly RunAt { get; set; } = new(2, 30);
}
