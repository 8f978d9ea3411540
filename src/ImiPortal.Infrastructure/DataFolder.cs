namespace ImiPortal.Infrastructure;

/// <summary>The folder where the portal keeps its files: the SQLite database and, in development, the mail pickup folder.</summary>
public sealed class DataFolder(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.Combine(Root, path);
}
