using ImiPortal.Infrastructure.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImiPortal.Infrastructure.Data;

/// <summary>
/// Builds EF Core's model of <see cref="PortalDbContext"/> (the largest single cost of starting the portal) on the
/// thread pool as soon as the container exists, so that it is built while the host assembles the rest of itself
/// (routing, middleware, hosted services) instead of inside <see cref="DatabaseInitializer"/>, which must finish
/// before the server listens. It also translates one query and lists the migrations, which makes the runtime compile
/// the code those first steps need. Nothing here opens a connection: an unreachable database changes nothing.
/// EF Core builds the model once per process under a lock, so the initializer finds it built or waits for the rest.
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
        _ = db.Model;
        _ = ReferenceDataStamp.Query(db).ToQueryString();
        _ = db.GetService<IMigrationsAssembly>().Migrations;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Building the database model ahead of start-up failed ({Error}); it is built when first needed")]
    private static partial void LogFailed(ILogger logger, string error);
}
