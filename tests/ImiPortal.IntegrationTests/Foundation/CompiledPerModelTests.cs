using ImiPortal.Infrastructure.Data;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImiPortal.IntegrationTests.Foundation;

/// <summary>
/// A compiled query binds itself to the first model it runs against; the portal's compiled queries keep one per model,
/// because a process can hold several (each provider's compiled model; the tests run SQLite and PostgreSQL together).
/// </summary>
public sealed class CompiledPerModelTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly CompiledPerModel<Func<PortalDbContext, Guid, CancellationToken, Task<Guid?>>> PerModel =
        new(() => EF.CompileAsyncQuery((PortalDbContext db, Guid userId, CancellationToken _) =>
            db.Members.Where(m => m.UserId == userId).Select(m => (Guid?)m.Id).FirstOrDefault()));

    [Fact]
    public async Task OneCompiledQuery_RunsAgainstTwoModels_WhereAPlainCompiledQueryRefusesTheSecond()
    {
        var connectionString = await ConnectionStringAsync();
        await using var compiled = NewContext(connectionString, compiledModel: true);
        await using var built = NewContext(connectionString, compiledModel: false);
        Assert.NotSame(compiled.Model, built.Model);

        Assert.Null(await PerModel.For(compiled)(compiled, Guid.NewGuid(), CancellationToken.None));
        Assert.Null(await PerModel.For(built)(built, Guid.NewGuid(), CancellationToken.None));
        Assert.Same(PerModel.For(compiled), PerModel.For(compiled));

        var plain = EF.CompileAsyncQuery((PortalDbContext db, Guid userId, CancellationToken _) =>
            db.Members.Where(m => m.UserId == userId).Select(m => (Guid?)m.Id).FirstOrDefault());
        Assert.Null(await plain(compiled, Guid.NewGuid(), CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => plain(built, Guid.NewGuid(), CancellationToken.None));
    }

    private async Task<string> ConnectionStringAsync()
    {
        await using var scope = factory.Scope();
        return scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.GetConnectionString()!;
    }

    private static PortalDbContext NewContext(string connectionString, bool compiledModel)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DbContextOptionsFactory.Configure(options, DatabaseProvider.Sqlite, connectionString);
        if (compiledModel)
        {
            DbContextOptionsFactory.UseCompiledModel(options, DatabaseProvider.Sqlite);
        }

        return new PortalDbContext(options.Options);
    }
}
