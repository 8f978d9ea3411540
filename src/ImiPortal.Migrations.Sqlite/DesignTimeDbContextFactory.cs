using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ImiPortal.Migrations.Sqlite;

/// <summary>Lets dotnet-ef build the context for this provider without starting the web app.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        DbContextOptionsFactory.Configure(builder, DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new PortalDbContext(builder.Options);
    }
}
