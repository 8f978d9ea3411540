using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ImiPortal.Infrastructure.Data;

/// <summary>
/// One connection for a page's several queries. EF Core opens the context's connection before each query and closes
/// it after, unless it is already open. Each open and close costs more than a small query: the connection pool hands
/// over the connection, and on SQLite, EF Core's own SQL functions are registered with the connection each time it is
/// opened and removed each time it is closed (issue #11). A read of several queries holds the connection open from
/// the first query to the last instead. It does not begin a transaction, so it holds no lock and no snapshot.
/// </summary>
public static class HeldConnection
{
    /// <summary>
    /// Opens the context's connection until the result is disposed. Nested holds share it: EF Core counts the opens,
    /// and the connection closes with the outermost.
    /// </summary>
    public static async Task<IAsyncDisposable> HoldConnectionAsync(this DatabaseFacade database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await database.OpenConnectionAsync(cancellationToken);
        return new Hold(database);
    }

    private sealed class Hold(DatabaseFacade database) : IAsyncDisposable
    {
        private DatabaseFacade? _database = database;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _database, null) is { } held)
            {
                await held.CloseConnectionAsync();
            }
        }
    }
}
