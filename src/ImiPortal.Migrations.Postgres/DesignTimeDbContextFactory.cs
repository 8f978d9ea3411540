using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ImiPortal.Migrations.Postgres;

/// <summary>Lets dotnet-ef build the context for this provider without a server (nothing connects at design time).</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        DbContextOptionsFactory.Configure(builder, DatabaseProvider.Postgres, "Host=localhost;Database=imiportal;Username=imiportal");
        return new PortalDbContext(builder.Options);
    }
}
