using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Data.Seeding;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImiPortal.IntegrationTests.Foundation;

/// <summary>
/// The SQLite file's settings (write-ahead log, secure delete, synchronous) hold on every pooled connection, and
/// start-up seeds the reference data once per build (issue #11).
/// </summary>
public sealed class SqliteStorageTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public SqliteStorageTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task EveryConnection_UsesTheWriteAheadLog_SecureDelete_NormalSynchronous_AndABusyTimeout()
    {
        _ = _factory.Server;

        // Several contexts in turn: the pool hands the same SQLite connections out again, and each must keep the settings.
        for (var i = 0; i < 3; i++)
        {
            var (journal, secureDelete, synchronous, busyTimeout) = await _factory.WithDbAsync(async db =>
            {
                await db.Database.OpenConnectionAsync();
                try
                {
                    return (await PragmaAsync(db, "journal_mode"), await PragmaAsync(db, "secure_delete"), await PragmaAsync(db, "synchronous"),
                        await PragmaAsync(db, "busy_timeout"));
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }
            });

            Assert.Equal("wal", journal);
            Assert.Equal("1", secureDelete);
            Assert.Equal("1", synchronous); // NORMAL
            Assert.Equal("30000", busyTimeout); // milliseconds
        }
    }

    [Fact]
    public async Task ALargerPageCache_HoldsWhileInUse_AndTheDefaultIsBackOnThePooledConnectionAfterwards()
    {
        _ = _factory.Server;
        var (during, open, after) = await _factory.WithDbAsync(async db =>
        {
            string during;
            await using (await SqliteConnectionSettings.LargerPageCacheAsync(db.Database, 64, CancellationToken.None))
            {
                during = await PragmaAsync(db, "cache_size");
            }

            var open = db.Database.GetDbConnection().State;
            await db.Database.OpenConnectionAsync();
            try
            {
                return (during, open, await PragmaAsync(db, "cache_size"));
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });

        Assert.Equal("-65536", during); // KiB
        Assert.Equal(System.Data.ConnectionState.Closed, open);
        Assert.Equal("-2000", after); // SQLite's default
    }

    [Fact]
    public async Task Checkpoint_EmptiesTheWriteAheadLog()
    {
        _ = _factory.Server;
        var path = await _factory.WithDbAsync(db => Task.FromResult(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource));
        await _factory.WithDbAsync(async db =>
        {
            db.PortalSecrets.Add(new PortalSecret { Name = "checkpoint-test-" + Guid.NewGuid().ToString("N"), Value = new string('x', 4000), CreatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
            return await db.SaveChangesAsync();
        });
        Assert.True(new FileInfo(path + "-wal").Length > 0, "a write should have gone to the log first");

        var completed = await _factory.WithDbAsync(db => SqliteConnectionSettings.CheckpointAsync(db.Database, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, CancellationToken.None));

        Assert.True(completed);
        Assert.Equal(0, new FileInfo(path + "-wal").Length);
    }

    [Fact]
    public async Task StartUp_RecordsTheBuildThatSeeded_AndSeedsAgainForAnotherBuild()
    {
        _ = _factory.Server;
        Assert.True(await _factory.WithDbAsync(db => ReferenceDataStamp.IsCurrentAsync(db, CancellationToken.None)));

        // As if an older build had seeded this database and a role had been added since: the next start adds it.
        await _factory.WithDbAsync(async db =>
        {
            var stamp = await db.PortalSecrets.SingleAsync(s => s.Name == ReferenceDataStamp.Name);
            stamp.Value = "an-older-build";
            db.Roles.Remove(await db.Roles.SingleAsync(r => r.Name == Roles.Administrator));
            return await db.SaveChangesAsync();
        });
        Assert.False(await _factory.WithDbAsync(db => ReferenceDataStamp.IsCurrentAsync(db, CancellationToken.None)));

        await _factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<DatabaseInitializer>().Single().InitializeOnceAsync(CancellationToken.None);

        Assert.True(await _factory.WithDbAsync(db => ReferenceDataStamp.IsCurrentAsync(db, CancellationToken.None)));
        Assert.True(await _factory.WithDbAsync(db => db.Roles.AnyAsync(r => r.Name == Roles.Administrator)));
    }

    private static async Task<string> PragmaAsync(PortalDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    [Fact]
    public async Task AHeldConnection_StaysOpenAcrossQueries_AndClosesWithTheOutermostHold()
    {
        _ = _factory.Server;
        var states = await _factory.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            var seen = new List<System.Data.ConnectionState>();
            await using (await db.Database.HoldConnectionAsync(CancellationToken.None))
            {
                await db.Roles.CountAsync();
                seen.Add(connection.State);
                var inner = await db.Database.HoldConnectionAsync(CancellationToken.None);
                await db.Users.CountAsync();
                await inner.DisposeAsync();
                await inner.DisposeAsync();
                seen.Add(connection.State);
            }

            seen.Add(connection.State);
            await db.Roles.CountAsync();
            seen.Add(connection.State);
            return seen;
        });

        Assert.Equal([System.Data.ConnectionState.Open, System.Data.ConnectionState.Open, System.Data.ConnectionState.Closed, System.Data.ConnectionState.Closed], states);
    }
}

