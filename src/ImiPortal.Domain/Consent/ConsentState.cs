using ImiPortal.Domain.PersonalData;

namespace ImiPortal.Domain.Consent;

/// <summary>The current permission for one subject, kept equal to the latest <see cref="ConsentEvent"/> in the same transaction.</summary>
[PersonalDataEntity(nameof(MemberId))]
public class ConsentState
{
    public Guid MemberId { get; set; }

    /// <summary>"channel:Email", "topic:3", "third-party:5".</summary>
    [NotPersonalData]
    public string SubjectKey { get; set; } = "";

    [PersonalData(DataCategory.MarketingAndCommunications, Provided = true)]
    public bool Granted { get; set; }

    [PersonalData(DataCategory.MarketingAndCommunications)]
    public ConsentBasis Basis { get; set; }

    [NotPersonalData]
    public long LastEventId { get; set; }

    [NotPersonalData]
    public DateTime UpdatedAt { get; set; }
}
