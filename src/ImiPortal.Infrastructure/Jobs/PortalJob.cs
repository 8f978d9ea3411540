using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace ImiPortal.Infrastructure.Jobs;

/// <summary>
/// The one Quartz job type: runs the <see cref="PortalJobDefinition"/> its key names, in a fresh scope, and records
/// the run in JobRuns. Never two at once for the same key (<see cref="DisallowConcurrentExecutionAttribute"/>;
/// in a cluster Quartz gives each fire to one instance). A failure is logged and the job runs again at its next fire.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class PortalJob(
    IServiceScopeFactory scopes,
    PortalJobs jobs,
    IOptions<JobsOptions> options,
    TimeProvider time,
    ILogger<PortalJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = context.JobDetail.Key.Name;
        var job = jobs.Find(key);
        if (job is null)
        {
            LogUnknown(logger, key);
            return;
        }

        // The run record has its own scope and context, apart from whatever the job leaves in its unit of work.
        await using var recordScope = scopes.CreateAsyncScope();
        var db = recordScope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var run = new JobRun
        {
            JobKey = key,
            ScheduledFor = (context.ScheduledFireTimeUtc ?? context.FireTimeUtc).UtcDateTime,
            StartedAt = time.GetUtcNow().UtcDateTime,
            Instance = context.Scheduler.SchedulerInstanceId,
            Outcome = "running",
        };
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        try
        {
            await using var jobScope = scopes.CreateAsyncScope();
            await job.Run(jobScope.ServiceProvider, cancellationToken);
            run.Outcome = "succeeded";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            run.Outcome = "failed: " + ex.GetType().Name;
            LogFailed(logger, key, ex.GetType().Name);
        }

        run.FinishedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);

        var cutoff = run.StartedAt - options.Value.KeepRunsFor;
        await db.JobRuns.Where(r => r.JobKey == key && r.StartedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Background job {JobKey} failed ({Error}); it runs again at its next fire")]
    private static partial void LogFailed(ILogger logger, string jobKey, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Background job {JobKey} is scheduled but no longer registered in code; ignored")]
    private static partial void LogUnknown(ILogger logger, string jobKey);
}
