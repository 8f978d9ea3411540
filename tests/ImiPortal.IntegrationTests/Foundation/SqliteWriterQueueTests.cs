using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Foundation;

/// <summary>Writers to one SQLite file wait their turn in this process, in order; other files and server databases do not.</summary>
public sealed class SqliteWriterQueueTests
{
    [Fact]
    public async Task ASecondWriterToTheSameFile_WaitsUntilTheFirstHasFinished()
    {
        var file = NewFile();
        await using var first = Context(DatabaseProvider.Sqlite, file);
        await using var second = Context(DatabaseProvider.Sqlite, file);

        var turn = await SqliteWriterQueue.EnterAsync(first.Database, CancellationToken.None);
        var waiting = SqliteWriterQueue.EnterAsync(second.Database, CancellationToken.None);
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted);

        await turn.DisposeAsync();
        await using var secondTurn = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Writers_AreServedInTheOrderTheyArrived()
    {
        var file = NewFile();
        await using var db = Context(DatabaseProvider.Sqlite, file);
        var served = new List<int>();
        var first = await SqliteWriterQueue.EnterAsync(db.Database, CancellationToken.None);
        var queued = new List<Task>();
        for (var i = 0; i < 5; i++)
        {
            var number = i;
            queued.Add(Task.Run(async () =>
            {
                await using var turn = await SqliteWriterQueue.EnterAsync(db.Database, CancellationToken.None);
                served.Add(number);
            }));

            // Each has reached the queue before the next sets out.
            await Task.Delay(100);
        }

        await first.DisposeAsync();
        await Task.WhenAll(queued).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal([0, 1, 2, 3, 4], served);
    }

    [Fact]
    public async Task DisposingATurnTwice_LetsOnlyOneWriterIn()
    {
        var file = NewFile();
        await using var db = Context(DatabaseProvider.Sqlite, file);
        var turn = await SqliteWriterQueue.EnterAsync(db.Database, CancellationToken.None);
        await turn.DisposeAsync();
        await turn.DisposeAsync();

        await using var next = await SqliteWriterQueue.EnterAsync(db.Database, CancellationToken.None);
        var third = SqliteWriterQueue.EnterAsync(db.Database, CancellationToken.None);
        await Task.Delay(200);
        Assert.False(third.IsCompleted);
        await next.DisposeAsync();
        await using var thirdTurn = await third.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task AWriterToAnotherFile_OrToAServerDatabase_DoesNotWait()
    {
        await using var busy = Context(DatabaseProvider.Sqlite, NewFile());
        await using var other = Context(DatabaseProvider.Sqlite, NewFile());
        await using var server = Context(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=never-opened");
        await using var held = await SqliteWriterQueue.EnterAsync(busy.Database, CancellationToken.None);

        await using var otherTurn = await SqliteWriterQueue.EnterAsync(other.Database, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        var serverTurn = SqliteWriterQueue.EnterAsync(server.Database, CancellationToken.None);
        Assert.True(serverTurn.IsCompleted);
        await using var _ = await serverTurn;
    }

    [Fact]
    public async Task AWaitingWriter_CanBeCancelled()
    {
        var file = NewFile();
        await using var db = Context(DatabaseProvider.Sqlite, file);
        await using var held = await SqliteWriterQueue.EnterAsync(db.Database, CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SqliteWriterQueue.EnterAsync(db.Database, cancel.Token));
    }

    private static string NewFile() => $"Data Source={Path.Combine(Path.GetTempPath(), $"writer-queue-{Guid.NewGuid():N}.db")}";

    private static PortalDbContext Context(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DbContextOptionsFactory.Configure(options, provider, connectionString);
        return new PortalDbContext(options.Options);
    }
}
