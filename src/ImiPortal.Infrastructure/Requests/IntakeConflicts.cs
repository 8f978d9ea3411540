using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>Errors that mean another writer got there first (a unique key taken, the database busy): try again.</summary>
internal static class IntakeConflicts
{
    public const int MaxAttempts = 5;

    public static bool IsConflict(Exception ex) => (ex is DbUpdateException ? ex.InnerException : ex) switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6 || sqlite.SqliteExtendedErrorCode is 1555 or 2067,
        SqlException sql => sql.Number is 1205 or 2601 or 2627,
        Npgsql.PostgresException pg => pg.SqlState is Npgsql.PostgresErrorCodes.UniqueViolation or Npgsql.PostgresErrorCodes.DeadlockDetected
            or Npgsql.PostgresErrorCodes.SerializationFailure or Npgsql.PostgresErrorCodes.LockNotAvailable,
        _ => false,
    };
}
