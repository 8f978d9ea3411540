namespace ImiPortal.Infrastructure.Data;

/// <summary>The database engines the portal runs on (see the ADR on three providers).</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file: development, demos and single-instance sites.</summary>
    Sqlite = 1,

    /// <summary>Production (SQL Server or Azure SQL).</summary>
    SqlServer = 2,

    /// <summary>PostgreSQL: the server database the test command starts locally; also supported in production.</summary>
    Postgres = 3,
}
