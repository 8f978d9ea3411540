namespace ImiPortal.Infrastructure.Jobs;

public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>
    /// Run the background scheduler in this process. Off in the integration tests, which drive the jobs
    /// themselves, and on an instance that should only serve pages.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Prefix of Quartz's tables in the portal database (SQL Server and PostgreSQL only).</summary>
    public string TablePrefix { get; set; } = "qrtz_";

    /// <summary>
    /// Let the scheduler create its tables when they are missing (at start-up). Turn off where a deployment
    /// step creates them from Quartz's own scripts.
    /// </summary>
    public bool ProvisionSchema { get; set; } = true;

    /// <summary>How often a clustered scheduler records that it is alive; a dead one's work is taken over after about twice this.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Quartz cron expressions (seconds first, UK time) by job key, replacing the job's default schedule.</summary>
    public Dictionary<string, string> Schedules { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Job run records are deleted after this long.</summary>
    public TimeSpan KeepRunsFor { get; set; } = TimeSpan.FromDays(7);
}
