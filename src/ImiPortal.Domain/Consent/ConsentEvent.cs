using ImiPortal.Domain.PersonalData;

namespace ImiPortal.Domain.Consent;

/// <summary>
/// One change to a member's marketing permissions. The ledger is append-only: events are never
/// updated or deleted while the member exists; the current state is the latest event per subject.
/// </summary>
[PersonalDataEntity(nameof(MemberId))]
public class ConsentEvent
{
    public long Id { get; set; }

    public Guid MemberId { get; set; }

    [NotPersonalData]
    public ConsentSubjectKind SubjectKind { get; set; }

    [NotPersonalData]
    public MarketingChannel? Channel { get; set; }

    public int? TopicId { get; set; }

    /// <summary>The named third party, for consent to share details for their marketing.</summary>
    public int? RecipientId { get; set; }

    [PersonalData(DataCategory.MarketingAndCommunications, Provided = true)]
    public bool Granted { get; set; }

    [PersonalData(DataCategory.MarketingAndCommunications)]
    public ConsentBasis Basis { get; set; }

    [PersonalData(DataCategory.MarketingAndCommunications)]
    public ConsentSource Source { get; set; }

    public int WordingId { get; set; }

    [PersonalData(DataCategory.MarketingAndCommunications)]
    public DateTime OccurredAt { get; set; }

    /// <summary>The user who made the change: the member, or the member of staff who recorded it.</summary>
    [NotPersonalData]
    public Guid? ActorUserId { get; set; }

    /// <summary>When staff record a phone or post opt-out, the date the member told us.</summary>
    [PersonalData(DataCategory.MarketingAndCommunications)]
    public DateOnly? ReceivedOn { get; set; }
}
