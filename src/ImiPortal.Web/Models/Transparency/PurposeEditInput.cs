using ImiPortal.Domain.PersonalData;
using ImiPortal.Domain.Processing;

namespace ImiPortal.Web.Models.Transparency;

/// <summary>A privacy officer's edit of one record-of-processing entry; <see cref="Version"/> guards against lost updates.</summary>
public sealed class PurposeEditInput
{
    public int Version { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string DataSubjects { get; set; } = "";

    public string? LegitimateInterest { get; set; }

    public int RetentionMonths { get; set; }

    public string RetentionNote { get; set; } = "";

    public string SecurityMeasures { get; set; } = "";

    public List<DataCategory> Categories { get; set; } = [];

    public List<LawfulBasis> LawfulBases { get; set; } = [];

    public List<int> RecipientIds { get; set; } = [];

    /// <summary>Why the entry changed, kept with the version history.</summary>
    public string ChangeNote { get; set; } = "";
}
