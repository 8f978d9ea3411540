using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ImiPortal.Infrastructure.Data;

/// <summary>
/// Lines up this process's writers to one SQLite file in arrival order, before they ask SQLite for its single write lock.
/// Without it, writers that find the lock taken sleep in SQLite's busy handler for 1, 2, 5 ... 100 ms at a time and
/// take the lock whenever they happen to wake: the lock stands free while they sleep, and an unlucky save waits for
/// hundreds of milliseconds (issue #11). Writers in other processes (a second instance, a command-line job) are still
/// covered by the busy timeout. On a server database every call returns at once: its row locks need no queue.
/// </summary>
public static class SqliteWriterQueue
{
    // One queue per database file; the tests open many files, the portal one.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Queues = new(StringComparer.Ordinal);

    /// <summary>Waits for this process's earlier writers to the same file; dispose the result once the transaction has ended.</summary>
    public static async Task<IAsyncDisposable> EnterAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (!database.IsSqlite())
        {
            return Turn.None;
        }

        var queue = Queues.GetOrAdd(database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));
        await queue.WaitAsync(cancellationToken);
        return new Turn(queue);
    }

    private sealed class Turn(SemaphoreSlim? queue) : IAsyncDisposable
    {
        public static readonly Turn None = new(null);

        private SemaphoreSlim? _queue = queue;

        public ValueTask DisposeAsync()
        {
            Interlocked.Exchange(ref _queue, null)?.Release();
            return ValueTask.CompletedTask;
        }
    }
}
