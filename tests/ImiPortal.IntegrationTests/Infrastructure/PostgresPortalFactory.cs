using Microsoft.AspNetCore.Hosting;

namespace ImiPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The portal on its own fresh PostgreSQL database (migrated with the PostgreSQL migrations), dropped when the
/// factory is disposed. Fails with a clear message when the test command has not provided a server.
/// </summary>
public sealed class PostgresPortalFactory : PortalFactory
{
    private readonly string _connectionString = TestPostgres.CreateDatabase("it");

    protected override void ConfigureDatabase(IWebHostBuilder builder, string folder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("ConnectionStrings:Postgres", _connectionString);
        builder.UseSetting("Database:Provider", "Postgres");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            TestPostgres.DropDatabase(_connectionString);
        }
    }
}
