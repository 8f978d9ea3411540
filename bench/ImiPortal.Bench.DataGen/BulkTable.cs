using Microsoft.Data.Sqlite;

namespace ImiPortal.Bench.DataGen;

/// <summary>
/// The one open transaction of a bulk load, shared by every table written at the same time and committed every
/// <see cref="RowsPerTransaction"/> rows: the fast way to fill SQLite (no change tracker, no per-row transaction).
/// </summary>
internal sealed class BulkSession(SqliteConnection connection) : IDisposable
{
    private const int RowsPerTransaction = 100_000;

    private SqliteTransaction? _transaction;
    private int _pending;

    public SqliteConnection Connection => connection;

    public SqliteTransaction Current => _transaction ??= connection.BeginTransaction();

    public BulkTable Table(string table, params string[] columns) => new(this, table, columns);

    public void Written()
    {
        if (++_pending >= RowsPerTransaction)
        {
            Commit();
        }
    }

    public void Commit()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
        _pending = 0;
    }

    public void Dispose() => Commit();
}

/// <summary>One prepared INSERT, reused for every row of a table.</summary>
internal sealed class BulkTable : IDisposable
{
    private readonly BulkSession _session;
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public BulkTable(BulkSession session, string table, string[] columns)
    {
        _session = session;
        _command = session.Connection.CreateCommand();
        _command.CommandText =
            $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        _parameters = columns.Select((_, i) => _command.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value))).ToArray();
    }

    public long Rows { get; private set; }

    /// <summary>Values in column order: strings, longs or null (the caller formats Guids and dates as EF Core stores them).</summary>
    public void Add(params object?[] values)
    {
        _command.Transaction = _session.Current;
        for (var i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }

        _command.ExecuteNonQuery();
        Rows++;
        _session.Written();
    }

    public void Dispose() => _command.Dispose();
}
