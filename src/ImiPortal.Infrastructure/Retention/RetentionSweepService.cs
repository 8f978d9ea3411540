using ImiPortal.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ImiPortal.Infrastructure.Retention;

/// <summary>Runs the <see cref="RetentionSweep"/> once a night at the configured UK time. The sweep is idempotent, so a
/// run that is repeated or cut short by a restart does no harm.</summary>
public sealed partial class RetentionSweepService(
    IServiceScopeFactory scopes,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<RetentionSweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunInBackground)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var ukNow = UkTime.ToUk(time.GetUtcNow().UtcDateTime);
            var today = DateOnly.FromDateTime(ukNow);
            var runDay = ukNow < today.ToDateTime(options.Value.RunAt) ? today : today.AddDays(1);
            var delay = UkTime.StartOfDayUtc(runDay).Add(options.Value.RunAt.ToTimeSpan()) - time.GetUtcNow().UtcDateTime;
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, stoppingToken);
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(null, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRunFailed(logger, ex.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The retention sweep failed ({Error}); it runs again tomorrow")]
    private static partial void LogRunFailed(ILogger logger, string error);
}
