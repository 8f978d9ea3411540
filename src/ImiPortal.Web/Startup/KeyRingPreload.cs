using ImiPortal.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;

namespace ImiPortal.Web.Startup;

/// <summary>
/// Loads the Data Protection key ring (kept in the database) in the background once the database is ready, so that the
/// first page that issues an antiforgery token or a cookie does not wait for it. Unlike the framework's own pre-load
/// (removed in AddPortal) it never holds up start-up: it waits for the database instead, and if loading fails the
/// first request loads the ring itself, as it always could. With no key yet, the first key is created here rather
/// than by the first request.
/// </summary>
internal sealed partial class KeyRingPreload(
    DatabaseReadiness readiness,
    IDataProtectionProvider protection,
    ILogger<KeyRingPreload> logger) : BackgroundService
{
    internal const string Purpose = "ImiPortal.KeyRingPreload";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await readiness.WaitAsync(stoppingToken);
            // Off the thread that starts the host: the ring is read with a blocking query.
            await Task.Run(() => protection.CreateProtector(Purpose).Protect([0]), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The data protection key ring could not be loaded ahead of the first request ({Error}); the first request will load it")]
    private static partial void LogFailed(ILogger logger, string error);
}
