namespace ImiPortal.Infrastructure.Retention;

public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Rows handled per database round trip: memory stays flat however many rows are due.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>
    /// Rows removed per transaction (at least one batch). Each commit writes every page it changed to the log again,
    /// and a rule's rows are spread over every page of the indexes on other columns (a member, a user), so a
    /// transaction per batch rewrote those pages hundreds of times. The write lock is held for about a second.
    /// SQLite only: on a server each batch commits on its own (a large transaction would lock the whole table).
    /// </summary>
    public int RowsPerTransaction { get; set; } = 50_000;

    /// <summary>
    /// SQLite's page cache for the sweep's connection, in MiB (the default connection has 2). A transaction of
    /// <see cref="RowsPerTransaction"/> rows changes thousands of index pages; in a small cache they are written out to the
    /// log and read back before the commit. Given back when the sweep ends. SQLite only.
    /// </summary>
    public int PageCacheMiB { get; set; } = 64;

    /// <summary>Members anonymised per unit of work (each one is a walk over every table), in one transaction on SQLite.</summary>
    public int MemberBatchSize { get; set; } = 50;

    /// <summary>The UK time of day at which the nightly sweep runs (the default schedule of the job "retention-sweep").</summary>
    public TimeOnly RunAt { get; set; } = new(2, 30);
}
