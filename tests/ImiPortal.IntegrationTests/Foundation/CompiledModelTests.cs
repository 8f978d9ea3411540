using ImiPortal.Infrastructure.Data;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace ImiPortal.IntegrationTests.Foundation;

/// <summary>
/// The portal runs on a compiled model per provider (ADR-017). These tests keep each one identical to the model that
/// the entity configurations build, so a model change without scripts/optimize-model.sh fails here.
/// </summary>
public sealed class CompiledModelTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public CompiledModelTests(PortalFactory factory) => _factory = factory;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.Postgres)]
    public void CompiledModel_DescribesTheSameModelAsTheConfigurations(DatabaseProvider provider)
    {
        using var built = NewContext(provider, compiled: false);
        using var compiled = NewContext(provider, compiled: true);

        Assert.NotSame(built.Model, compiled.Model);
        // Entity types, properties with their types, converters and facets, keys, foreign keys and delete behaviours,
        // indexes, navigations and every annotation kept at run time (the personal-data tags among them); then the
        // tables, columns with their store types, constraints and indexes.
        Assert.True(
            Describe(built.Model) == Describe(compiled.Model),
            $"The {provider} compiled model is out of date: run scripts/optimize-model.sh.");
    }

    [Fact]
    public async Task Portal_UsesTheCompiledModel()
    {
        await using var scope = _factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        Assert.Same(DbContextOptionsFactory.CompiledModel(DatabaseProvider.Sqlite), db.Model);
        Assert.Equal("ImiPortal.Migrations.Sqlite", db.Model.GetType().Assembly.GetName().Name);
        // And it works: a query through it.
        Assert.Equal(4, await db.Roles.CountAsync());
    }

    private static string Describe(IModel model) =>
        model.ToDebugString(MetadataDebugStringOptions.LongDefault) + "\n" + model.GetRelationalModel().ToDebugString(MetadataDebugStringOptions.LongDefault);

    private static PortalDbContext NewContext(DatabaseProvider provider, bool compiled)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        // Nothing connects.
        DbContextOptionsFactory.Configure(options, provider, provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=:memory:",
            DatabaseProvider.Postgres => "Host=unused;Database=unused",
            _ => "Server=unused;Database=unused",
        });
        if (compiled)
        {
            DbContextOptionsFactory.UseCompiledModel(options, provider);
        }

        return new PortalDbContext(options.Options);
    }
}
