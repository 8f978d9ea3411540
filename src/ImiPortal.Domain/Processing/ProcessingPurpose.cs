using ImiPortal.Domain.PersonalData;

namespace ImiPortal.Domain.Processing;

/// <summary>One entry of the record of processing (UK GDPR Art. 30), seeded from the policy's "Purpose/Activity" list.</summary>
public class ProcessingPurpose
{
    public int Id { get; set; }

    /// <summary>Stable key used by code (e.g. "membership").</summary>
    public string Key { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string DataSubjects { get; set; } = "";

    /// <summary>The legitimate interest relied on, in the policy's words, where that basis applies.</summary>
    public string? LegitimateInterest { get; set; }

    /// <summary>How long data used for this purpose is kept, in months from collection.</summary>
    public int RetentionMonths { get; set; }

    public string RetentionNote { get; set; } = "";

    public string SecurityMeasures { get; set; } = "";

    public int Version { get; set; } = 1;

    public DateTime UpdatedAt { get; set; }

    public List<PurposeCategory> Categories { get; } = [];

    public List<PurposeLawfulBasis> LawfulBases { get; } = [];

    public List<PurposeRecipient> Recipients { get; } = [];

    public bool Uses(DataCategory category) => Categories.Exists(c => c.Category == category);
}
