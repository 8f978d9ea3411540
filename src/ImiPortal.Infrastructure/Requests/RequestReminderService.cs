using ImiPortal.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>
/// Runs <see cref="RequestReminders.SendDueAsync"/> once a day at the configured UK time (07:00 by default), and
/// once at start-up when that time has already passed today: the job is idempotent per day, so a restart sends
/// nothing twice and a restart after 07:00 still sends the day's digests.
/// </summary>
public sealed partial class RequestReminderService(
    IServiceScopeFactory scopes,
    IOptions<RequestOptions> options,
    TimeProvider time,
    ILogger<RequestReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RemindersInBackground)
        {
            return;
        }

        if (UkTime.ToUk(time.GetUtcNow().UtcDateTime) >= TodayAt(options.Value.ReminderTime))
        {
            await RunOnceAsync(stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var next = NextRunUtc(options.Value.ReminderTime);
            var delay = next - time.GetUtcNow().UtcDateTime;
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, stoppingToken);
            }

            await RunOnceAsync(stoppingToken);
        }
    }

    private DateTime TodayAt(TimeOnly at) => UkTime.Today(time).ToDateTime(at);

    private DateTime NextRunUtc(TimeOnly at)
    {
        var ukNow = UkTime.ToUk(time.GetUtcNow().UtcDateTime);
        var today = DateOnly.FromDateTime(ukNow);
        var runDay = ukNow < today.ToDateTime(at) ? today : today.AddDays(1);
        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(runDay.ToDateTime(at), DateTimeKind.Unspecified), UkTime.Zone);
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RequestReminders>().SendDueAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRunFailed(logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The request reminder job failed ({Error}); it runs again tomorrow")]
    private static partial void LogRunFailed(ILogger logger, string error);
}
