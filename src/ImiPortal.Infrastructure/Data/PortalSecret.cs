namespace ImiPortal.Infrastructure.Data;

/// <summary>
/// A secret the portal generates for itself on first start and shares between instances through the database
/// (e.g. the suppression-list hash key), so it is never in the repository or a settings file.
/// </summary>
public class PortalSecret
{
    public string Name { get; set; } = "";

    public string Value { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
