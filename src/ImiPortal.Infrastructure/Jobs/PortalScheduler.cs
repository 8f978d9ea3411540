using ImiPortal.Domain;
using ImiPortal.Infrastructure.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace ImiPortal.Infrastructure.Jobs;

/// <summary>
/// Starts the Quartz scheduler once the database is ready, and stops it with the portal. A job store that cannot be
/// reached is logged and retried with a growing pause; it never stops the portal (Quartz's own hosted service would).
/// </summary>
public sealed partial class PortalScheduler(
    ISchedulerFactory schedulers,
    DatabaseReadiness readiness,
    PortalJobs jobs,
    PortalSchedulerMode mode,
    IOptions<JobsOptions> options,
    TimeProvider time,
    ILogger<PortalScheduler> logger) : BackgroundService
{
    private IScheduler? _scheduler;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogDisabled(logger);
            return;
        }

        if (!mode.Clustered)
        {
            LogSingleInstance(logger, mode.Provider.ToString());
        }

        await readiness.WaitAsync(stoppingToken);
        var pause = TimeSpan.FromSeconds(2);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                _scheduler = await schedulers.GetScheduler(stoppingToken);
                await _scheduler.Start(stoppingToken);
                LogStarted(logger, mode.Clustered ? "clustered, in the database" : "in memory", _scheduler.SchedulerInstanceId, jobs.All.Count);
                await CatchUpAsync(_scheduler, stoppingToken);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogStartFailed(logger, ex.GetType().Name, ex.GetBaseException().Message, (int)pause.TotalSeconds);
                await Task.Delay(pause, stoppingToken);
                pause = TimeSpan.FromSeconds(Math.Min(pause.TotalSeconds * 2, 60));
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_scheduler is { Status: not (SchedulerStatus.Shutdown or SchedulerStatus.ShuttingDown) })
        {
            await _scheduler.Shutdown(true, cancellationToken);
        }
    }

    /// <summary>An in-memory scheduler forgets a fire missed while the portal was down: run today's once now.</summary>
    private async Task CatchUpAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        if (mode.Clustered)
        {
            return;
        }

        var now = time.GetUtcNow();
        var startOfUkDay = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(UkTime.Today(time).ToDateTime(TimeOnly.MinValue), UkTime.Zone));
        foreach (var job in jobs.All.Where(j => j.CatchUpToday))
        {
            var cron = new CronExpression(job.CronFrom(options.Value), UkTime.Zone);
            if (cron.GetNextValidTimeAfter(startOfUkDay) is { } firstToday && firstToday <= now)
            {
                await scheduler.TriggerJob(new JobKey(job.Key), cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Background jobs are off in this process (Jobs:Enabled is false)")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Background jobs run in memory in this process only: the {Provider} database cannot coordinate several instances. " +
        "Run ONE instance on this database, or use SQL Server or PostgreSQL to run several (each would otherwise send every email and reminder)")]
    private static partial void LogSingleInstance(ILogger logger, string provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Background scheduler started ({Store}, instance {Instance}) with {Jobs} job(s)")]
    private static partial void LogStarted(ILogger logger, string store, string instance, int jobs);

    [LoggerMessage(Level = LogLevel.Error, Message = "The background scheduler cannot start ({Error}: {Reason}); retrying in {Seconds} s")]
    private static partial void LogStartFailed(ILogger logger, string error, string reason, int seconds);
}

/// <summary>Which job store the scheduler uses, decided from the database provider.</summary>
public sealed record PortalSchedulerMode(DatabaseProvider Provider)
{
    /// <summary>Quartz clusters on a server database; it refuses to on SQLite.</summary>
    public bool Clustered => Provider is DatabaseProvider.SqlServer or DatabaseProvider.Postgres;
}
