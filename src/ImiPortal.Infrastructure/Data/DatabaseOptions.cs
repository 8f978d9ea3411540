namespace ImiPortal.Infrastructure.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (the embedded default), "SqlServer" (production) or "Postgres".</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start-up. Turn off where migrations are applied by a deployment step.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
