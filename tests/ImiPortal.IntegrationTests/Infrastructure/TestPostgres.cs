using Npgsql;

namespace ImiPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The PostgreSQL server the test command starts (scripts/test.sh): it exports a connection string for a throwaway
/// role that may create databases. Each user of this class makes its own database and drops it afterwards.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "IMIPORTAL_TEST_POSTGRES";

    /// <summary>The server's connection string; a clear failure (never a skip) when the test command did not provide one.</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"These tests need PostgreSQL and {Variable} is not set. Run ./scripts/test.sh (it installs and starts PostgreSQL " +
                $"and sets {Variable}), or set {Variable} to a connection string for a role that may create databases.");

    /// <summary>Creates an empty database with a unique name; returns its connection string.</summary>
    public static string CreateDatabase(string purpose, int maxPoolSize = 20)
    {
        var server = new NpgsqlConnectionStringBuilder(ServerConnectionString);
        var name = $"{server.Database}_{purpose}_{Guid.NewGuid():N}".ToLowerInvariant();
        name = name[..Math.Min(63, name.Length)];
        using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            create.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name, MaxPoolSize = maxPoolSize }.ConnectionString;
    }

    /// <summary>
    /// Drops a database made by <see cref="CreateDatabase"/>, closing whatever still uses it. The drop runs when a test
    /// class's fixture is disposed, often while other classes' fixtures drop theirs, and it has failed once in a while
    /// (a fresh-clone run in session 8 reported a cleanup failure after every test had passed): it is retried, and a drop
    /// that still fails is left to the test command's teardown, which drops the test role and every database it owns
    /// (scripts/test-postgres.sh), instead of failing a run whose tests all passed.
    /// </summary>
    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var connection = new NpgsqlConnection(ServerConnectionString);
                connection.Open();
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                drop.ExecuteNonQuery();
                return;
            }
            catch (NpgsqlException) when (attempt < 5)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(250 * attempt));
            }
            catch (NpgsqlException e)
            {
                Console.Error.WriteLine($"The test database {name} could not be dropped ({e.Message}); the test command's teardown drops it with the test role.");
                return;
            }
        }
    }
}
