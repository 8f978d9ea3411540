using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ImiPortal.Infrastructure.Data;

/// <summary>
/// Turns on SQLite's secure_delete for every connection, so that deleted and overwritten personal data is zeroed
/// in the database file rather than left in free pages where it could be read back after an erasure.
/// </summary>
public sealed class SqliteSecureDeleteInterceptor : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete = ON;";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete = ON;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
