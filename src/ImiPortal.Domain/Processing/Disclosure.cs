using ImiPortal.Domain.PersonalData;

namespace ImiPortal.Domain.Processing;

/// <summary>A record that a member's data was shared with a recipient: what, when and why.</summary>
[PersonalDataEntity(nameof(MemberId))]
public class Disclosure
{
    public long Id { get; set; }

    public Guid MemberId { get; set; }

    public int RecipientId { get; set; }

    public int? PurposeId { get; set; }

    [NotPersonalData]
    public DateTime DisclosedAt { get; set; }

    /// <summary>What was shared, described by category (never the values themselves).</summary>
    [PersonalData(DataCategory.Usage)]
    public string Description { get; set; } = "";

    [NotPersonalData]
    public Guid? RecordedByUserId { get; set; }
}
