namespace ImiPortal.Domain.Transparency;

/// <summary>One published version of the privacy notice. Versions are never edited: a change is a new version.</summary>
public class PrivacyNoticeVersion
{
    public int Id { get; set; }

    /// <summary>1, 2, 3… in order of publication.</summary>
    public int Version { get; set; }

    public DateTime PublishedAt { get; set; }

    /// <summary>What changed since the previous version, in plain words, shown to members at their next visit.</summary>
    public string SummaryOfChanges { get; set; } = "";

    /// <summary>The notice as plain text: blank lines between paragraphs, "• " or "- " bullets, "1. " numbered items.</summary>
    public string Body { get; set; } = "";

    public Guid? PublishedByUserId { get; set; }
}
