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
/// roles and reference data, and the demo accounts where enabled.
/// </summary>
public sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> database,
    IOptions<SeedOptions> seed,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortalDbContext>();

        if (database.Value.MigrateOnStartup)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            LogMigrating(logger, database.Value.Provider.ToString(), pending);
            await db.Database.MigrateAsync(cancellationToken);
        }

        var roles = services.GetRequiredService<RoleManager<ApplicationRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new ApplicationRole(role));
            }
        }

        await services.GetRequiredService<ReferenceDataSeeder>().SeedAsync(cancellationToken);
        if (seed.Value.DemoData)
        {
            await services.GetRequiredService<DevelopmentDataSeeder>().SeedAsync(cancellationToken);
            LogDemoData(logger);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database provider {Provider}: applying {Pending} pending migration(s)")]
    private static partial void LogMigrating(ILogger logger, string provider, int pending);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo accounts are enabled (Seed:DemoData). Never enable them in production.")]
    private static partial void LogDemoData(ILogger logger);
}
