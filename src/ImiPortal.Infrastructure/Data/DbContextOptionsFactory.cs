using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Data;

/// <summary>Configures the DbContext for a provider, with that provider's migrations assembly.</summary>
public static class DbContextOptionsFactory
{
    public const string SqliteMigrationsAssembly = "ImiPortal.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "ImiPortal.Migrations.SqlServer";
    public const string PostgresMigrationsAssembly = "ImiPortal.Migrations.Postgres";

    private static readonly SqliteConnectionSettings SqliteSettings = new();

    public static void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                builder.AddInterceptors(SqliteSettings);
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(connectionString, o =>
                {
                    o.MigrationsAssembly(SqlServerMigrationsAssembly);
                    o.EnableRetryOnFailure();
                });
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(connectionString, o =>
                {
                    o.MigrationsAssembly(PostgresMigrationsAssembly);
                    o.EnableRetryOnFailure();
                });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
        }
    }
}
