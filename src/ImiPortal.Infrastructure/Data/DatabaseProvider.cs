namespace ImiPortal.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite = 1,
    SqlServer = 2,
}
