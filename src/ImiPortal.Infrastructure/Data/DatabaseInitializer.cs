using ImiPortal.Infrastructure.Data.Seeding;
using ImiPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ImiPortal.Infrastructure.Data;

/// <summary>
/// Runs before the portal accepts requests: applies migrations (when configured), then adds the
/// roles and reference data, and the demo accounts where enabled. A database that cannot be reached does
/// not stop the portal: the error is logged (one line, no stack trace), start-up goes on with /health
/// reporting unhealthy, and the initialisation is retried in the background with a growing pause.
/// </summary>
public sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes,
    DatabaseReadiness readiness,
    IOptions<DatabaseOptions> database,
    IOptions<SeedOptions> seed,
    ILogger<DatabaseInitializer> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task? _retrying;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await TryInitializeAsync(cancellationToken))
        {
            return;
        }

        _retrying = RetryAsync(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_retrying is not null)
        {
            await _retrying.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RetryAsync(CancellationToken stoppingToken)
    {
        var pause = TimeSpan.FromSeconds(2);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(pause, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (await TryInitializeAsync(stoppingToken))
            {
                return;
            }

            pause = TimeSpan.FromSeconds(Math.Min(pause.TotalSeconds * 2, 60));
        }
    }

    /// <summary>
    /// Migrates and seeds once, throwing on failure (for operator commands, which need the database now).
    /// An unreachable server fails once the execution strategy's retries are exhausted (about a minute).
    /// </summary>
    public async Task InitializeOnceAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        readiness.MarkReady();
    }

    private async Task<bool> TryInitializeAsync(CancellationToken cancellationToken)
    {
        // No time limit of its own: a slow migration on a busy server must not be cut short; an unreachable server
        // fails when the execution strategy's retries are exhausted.
        try
        {
            await InitializeAsync(cancellationToken);
            readiness.MarkReady();
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception ex)
        {
            // The message says what is wrong (unreachable host, refused login); the stack trace would add nothing for an operator.
            LogUnavailable(logger, database.Value.Provider.ToString(), ex.GetType().Name, ex.GetBaseException().Message);
            return false;
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortalDbContext>();
        await SqliteConnectionSettings.EnableWriteAheadLogAsync(db.Database, cancellationToken);

        if (database.Value.MigrateOnStartup)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            LogMigrating(logger, database.Value.Provider.ToString(), pending);
            if (pending > 0)
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
        }

        // Roles and reference data only change with the code: skipped when this build has already seeded them.
        if (!await ReferenceDataStamp.IsCurrentAsync(db, cancellationToken))
        {
            var roles = services.GetRequiredService<RoleManager<ApplicationRole>>();
            foreach (var role in Roles.All)
            {
                if (!await roles.RoleExistsAsync(role))
                {
                    await roles.CreateAsync(new ApplicationRole(role));
                }
            }

            await services.GetRequiredService<ReferenceDataSeeder>().SeedAsync(cancellationToken);
            await ReferenceDataStamp.RecordAsync(db, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, cancellationToken);
        }

        if (seed.Value.DemoData)
        {
            await services.GetRequiredService<DevelopmentDataSeeder>().SeedAsync(cancellationToken);
            LogDemoData(logger);
        }

        await SqliteConnectionSettings.OptimizeAsync(db.Database, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database provider {Provider}: applying {Pending} pending migration(s)")]
    private static partial void LogMigrating(ILogger logger, string provider, int pending);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo accounts are enabled (Seed:DemoData). Never enable them in production.")]
    private static partial void LogDemoData(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Provider} database cannot be used yet ({Error}: {Reason}). The portal keeps retrying; /health reports unhealthy until it succeeds")]
    private static partial void LogUnavailable(ILogger logger, string provider, string error, string reason);
}
