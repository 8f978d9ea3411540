using ImiPortal.Domain.PersonalData;
using ImiPortal.Domain.Requests;

namespace ImiPortal.Domain.Restriction;

/// <summary>
/// A period during which processing of a member's data is restricted (UK GDPR Art. 18): storage only. While one is
/// active, <c>Member.IsRestricted</c> is set and the member is left out of marketing, audience exports, analytics and the
/// public register. The member must be told before it is lifted (Art. 18(3)), so lifting needs a notice given first.
/// </summary>
[PersonalDataEntity(nameof(MemberId))]
public class ProcessingRestriction
{
    public const int NoteLength = 1000;

    public long Id { get; set; }

    public Guid MemberId { get; set; }

    /// <summary>The rights request that asked for it, if any.</summary>
    public Guid? RequestId { get; set; }

    [PersonalData(DataCategory.Profile)]
    public RestrictionGround Ground { get; set; }

    [PersonalData(DataCategory.Profile)]
    public DateTime AppliedAt { get; set; }

    [NotPersonalData]
    public Guid? AppliedByUserId { get; set; }

    /// <summary>When the member was told that the restriction will be lifted.</summary>
    [PersonalData(DataCategory.Profile)]
    public DateTime? LiftNoticeSentAt { get; set; }

    [NotPersonalData]
    public Guid? LiftNoticeByUserId { get; set; }

    /// <summary>The first UK day on which the restriction may be lifted, as the notice told the member.</summary>
    [PersonalData(DataCategory.Profile)]
    public DateOnly? LiftNotBefore { get; set; }

    /// <summary>Why it will be lifted, as told to the member.</summary>
    [PersonalData(DataCategory.Profile)]
    public string? LiftReason { get; set; }

    [PersonalData(DataCategory.Profile)]
    public DateTime? LiftedAt { get; set; }

    [NotPersonalData]
    public Guid? LiftedByUserId { get; set; }

    public bool IsActive => LiftedAt is null;

    public bool NoticeGiven => LiftNoticeSentAt is not null;

    /// <summary>Whether it may be lifted today: notice was given and its date has come.</summary>
    public bool MayLiftOn(DateOnly ukToday) => IsActive && LiftNotBefore is { } notBefore && ukToday >= notBefore;
}
