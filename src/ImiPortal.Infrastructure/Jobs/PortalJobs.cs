using Microsoft.Extensions.DependencyInjection;

namespace ImiPortal.Infrastructure.Jobs;

/// <summary>
/// The portal's background jobs. Each is a scoped service and the method to run on it, on a Quartz cron
/// schedule; <see cref="PortalJob"/> runs it in a fresh scope, once per fire across every instance.
/// </summary>
public sealed class PortalJobs
{
    private readonly List<PortalJobDefinition> _jobs = [];

    public IReadOnlyList<PortalJobDefinition> All => _jobs;

    /// <summary>
    /// Adds a job. <paramref name="key"/> names it in logs, in the JobRuns table and in the setting
    /// <c>Jobs:Schedules:&lt;key&gt;</c>, which replaces <paramref name="defaultCron"/> (Quartz cron: seconds first, UK time).
    /// The job must be idempotent: a fire that failed part-way is simply run again at the next fire.
    /// With <paramref name="catchUpToday"/>, an in-memory scheduler (SQLite) that starts after today's fire runs the job
    /// once at start (a persistent store catches up missed fires itself).
    /// </summary>
    public PortalJobs AddPortalJob<TService>(string key, string defaultCron, Func<TService, CancellationToken, Task> run, bool catchUpToday = false)
        where TService : notnull
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(defaultCron);
        ArgumentNullException.ThrowIfNull(run);
        if (_jobs.Exists(j => string.Equals(j.Key, key, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"A background job with the key '{key}' is already registered.");
        }

        _jobs.Add(new PortalJobDefinition(key, defaultCron, (services, ct) => run(services.GetRequiredService<TService>(), ct), catchUpToday));
        return this;
    }

    public PortalJobDefinition? Find(string key) => _jobs.Find(j => string.Equals(j.Key, key, StringComparison.OrdinalIgnoreCase));
}

public sealed record PortalJobDefinition(string Key, string DefaultCron, Func<IServiceProvider, CancellationToken, Task> Run, bool CatchUpToday)
{
    public string CronFrom(JobsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Schedules.GetValueOrDefault(Key) is { Length: > 0 } configured ? configured : DefaultCron;
    }
}
