using ImiPortal.Infrastructure.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImiPortal.Infrastructure.Data;

/// <summary>
/// Prepares EF Core for <see cref="PortalDbContext"/> on the thread pool as soon as the container exists: loads and
/// initialises the model (compiled, ADR-017), lists the migrations, prepares the SQL of their history table (which EF
/// Core describes with a small model of its own, built by conventions) and translates one query. The runtime compiles
/// the code of those steps here, while the host assembles the rest of itself (routing, middleware, hosted services),
/// instead of inside <see cref="DatabaseInitializer"/>, which must finish before the server listens. Nothing here
/// opens a connection: an unreachable database changes nothing. EF Core initialises the model once per process under
/// a lock, so the initialiser finds it ready or waits for the rest.
/// </summary>
public static partial class ModelWarmUp
{
    public static Task Start(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return Task.Run(() =>
        {
            try
            {
                Build(services);
            }
            catch (Exception ex)
            {
                // Whatever failed here fails again, with its full report, where the database is first used.
                LogFailed(services.GetRequiredService<ILogger<DatabaseInitializer>>(), ex.GetType().Name);
            }
        });
    }

    private static void Build(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        // In the order the initialiser needs them.
        _ = db.Model;
        _ = db.GetService<IMigrationsAssembly>().Migrations;
        _ = db.GetService<IHistoryRepository>().GetInsertScript(new HistoryRow("warm-up", "warm-up"));
        _ = ReferenceDataStamp.Query(db).ToQueryString();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Building the database model ahead of start-up failed ({Error}); it is built when first needed")]
    private static partial void LogFailed(ILogger logger, string error);
}
