namespace ImiPortal.Domain.Consent;

/// <summary>The exact text shown to a person when they gave or withdrew consent, versioned and stored once.</summary>
public class ConsentWording
{
    public int Id { get; set; }

    /// <summary>Which statement this is (e.g. "marketing.email"); one row per version.</summary>
    public string Key { get; set; } = "";

    public int Version { get; set; }

    public string Text { get; set; } = "";

    public DateTime PublishedAt { get; set; }
}
