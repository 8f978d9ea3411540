namespace ImiPortal.IntegrationTests.Infrastructure;

public static class UriExtensions
{
    /// <summary>The path and query of a Location header, whether the server sent it relative or absolute.</summary>
    public static string PathAndQuery(this Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
    }
}
