using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace ImiPortal.Infrastructure.Data;

/// <summary>
/// SQLite's settings: the file is in write-ahead-log mode (set once by <see cref="EnableWriteAheadLogAsync"/>, and
/// kept by the file), and every connection turns on <c>secure_delete</c>, so that deleted and overwritten personal
/// data is zeroed in the database file rather than left in free pages where it could be read back after an erasure,
/// and <c>synchronous = NORMAL</c>, the durable setting for WAL (a commit survives a crash of the process; a power
/// cut may lose the last commits, never corrupt the file). See ADR-015.
/// </summary>
public sealed partial class SqliteConnectionSettings : DbConnectionInterceptor
{
    // busy_timeout: a writer that finds another writer's transaction waits inside SQLite, retrying after 1, 2, 5, 10...
    // milliseconds, instead of failing with "database is locked" to Microsoft.Data.Sqlite, which would retry only
    // after a fixed 150 ms sleep. 30 s, the command timeout.
    private const string PerConnection = "PRAGMA secure_delete = ON; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;";

    // The settings belong to SQLite's own connection, which the pool hands out again and again: set them once each.
    private static readonly ConditionalWeakTable<object, object> Configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (AlreadyConfigured(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = PerConnection;
        command.ExecuteNonQuery();
        MarkConfigured(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (AlreadyConfigured(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = PerConnection;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkConfigured(connection);
    }

    // A pooled SQLite connection is used by one DbConnection at a time, so checking and marking need no lock.
    private static bool AlreadyConfigured(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && Configured.TryGetValue(handle, out _);

    private static void MarkConfigured(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            Configured.AddOrUpdate(handle, handle);
        }
    }

    /// <summary>
    /// Readers and the one writer stop blocking each other: a page view never waits for a save, and a save waits only
    /// for another save. The mode is stored in the file, so this runs once at start-up. Does nothing on a server.
    /// </summary>
    public static async Task EnableWriteAheadLogAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.IsSqlite())
        {
            await database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }
    }

    /// <summary>
    /// Brings SQLite's table statistics up to date where they are missing or the table has grown or shrunk a lot since
    /// (<c>PRAGMA optimize</c>, as SQLite recommends for long-running applications). Without statistics the query
    /// planner guesses, and for the staff queue it guesses wrong: it sorts every open request instead of reading the
    /// index of open requests in order (ADR-018). Runs at start-up and after each retention sweep; when nothing has
    /// changed much it takes milliseconds, and a first run over a large database a few seconds. Does nothing on a server,
    /// whose own statistics are kept automatically.
    /// </summary>
    public static async Task OptimizeAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.IsSqlite())
        {
            // 0x10002: every table, not only those this connection has used; analysis_limit 0 reads whole indexes, since
            // sampled statistics undercount the requests per status and bring the wrong plan back.
            await database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 0; PRAGMA optimize = 0x10002;", cancellationToken);
        }
    }

    /// <summary>
    /// Keeps the context's connection open with a page cache of <paramref name="mebibytes"/> until the result is
    /// disposed, then puts SQLite's default cache back (the connection returns to the pool) and closes it. For a long run
    /// of large write transactions (the retention sweep). Does nothing on a server.
    /// </summary>
    public static async Task<IAsyncDisposable> LargerPageCacheAsync(DatabaseFacade database, int mebibytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (!database.IsSqlite() || 1024 * mebibytes <= DefaultPageCacheKiB)
        {
            return PageCache.None;
        }

        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await SetPageCacheAsync(database, 1024 * mebibytes, cancellationToken);
        }
        catch
        {
            await database.CloseConnectionAsync();
            throw;
        }

        return new PageCache(database);
    }

    // SQLite's default, "-2000".
    private const int DefaultPageCacheKiB = 2000;

    private static Task SetPageCacheAsync(DatabaseFacade database, int kibibytes, CancellationToken cancellationToken)
    {
        // A pragma takes no parameters; the value is a number formatted here. Negative: KiB rather than pages.
        var sql = string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = -{kibibytes};");
        return database.ExecuteSqlRawAsync(sql, cancellationToken);
    }

    private sealed class PageCache(DatabaseFacade? database) : IAsyncDisposable
    {
        public static readonly PageCache None = new(null);

        public async ValueTask DisposeAsync()
        {
            if (database is null)
            {
                return;
            }

            try
            {
                await SetPageCacheAsync(database, DefaultPageCacheKiB, CancellationToken.None);
            }
            finally
            {
                await database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>
    /// After personal data has been erased or removed: copies every page of the write-ahead log into the database file
    /// (where secure_delete has zeroed the removed values) and empties the log, so that no earlier image of those pages
    /// stays in it. A reader that still holds an old snapshot makes SQLite report the checkpoint as incomplete; it is
    /// retried briefly. When it still cannot complete, a warning is logged and false returned (the next checkpoint
    /// completes it). Does nothing on a server.
    /// </summary>
    public static async Task<bool> CheckpointAsync(DatabaseFacade database, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (!database.IsSqlite())
        {
            return true;
        }

        var connection = database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            for (var attempt = 0; attempt < 5; attempt++)
            {
                // One row: busy (1 when a reader or writer prevented completion), frames in the log, frames checkpointed.
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                if (await reader.ReadAsync(cancellationToken) && reader.GetInt32(0) == 0)
                {
                    return true;
                }

                await reader.DisposeAsync();
                await Task.Delay(TimeSpan.FromMilliseconds(50 * (attempt + 1)), cancellationToken);
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }

        LogCheckpointIncomplete(logger);
        return false;
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "The SQLite write-ahead log could not be emptied after data was removed (readers kept it busy); the next checkpoint will")]
    private static partial void LogCheckpointIncomplete(ILogger logger);
}
