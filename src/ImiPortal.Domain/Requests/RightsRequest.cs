using ImiPortal.Domain.PersonalData;

namespace ImiPortal.Domain.Requests;

/// <summary>A data-subject rights request, from a member, a visitor without an account, or recorded by staff.</summary>
[PersonalDataEntity(nameof(MemberId))]
public class RightsRequest
{
    public Guid Id { get; set; }

    /// <summary>Human-friendly unique reference quoted to the requester (e.g. "RR-7K3M-Q9PD").</summary>
    [NotPersonalData]
    public string Reference { get; set; } = "";

    [NotPersonalData]
    public RightsRequestType Type { get; set; }

    [NotPersonalData]
    public RightsRequestStatus Status { get; set; }

    [NotPersonalData]
    public RequestChannel Channel { get; set; }

    /// <summary>The member the request is about, when known.</summary>
    public Guid? MemberId { get; set; }

    [PersonalData(DataCategory.Identity, Provided = true)]
    public string FullName { get; set; } = "";

    [PersonalData(DataCategory.Identity, Provided = true)]
    public string? MembershipNumber { get; set; }

    [PersonalData(DataCategory.Identity, Provided = true)]
    public DateOnly? DateOfBirth { get; set; }

    [PersonalData(DataCategory.Contact, Provided = true)]
    public string? Email { get; set; }

    [PersonalData(DataCategory.Contact, Provided = true)]
    public string? Phone { get; set; }

    /// <summary>A postal address to reply to, when the requester gave one (a request received by post).</summary>
    [PersonalData(DataCategory.Contact, Provided = true)]
    public string? PostalAddress { get; set; }

    /// <summary>What the requester asked for, in their words (DSAR: the information sought).</summary>
    [PersonalData(DataCategory.Profile, Provided = true)]
    public string? Details { get; set; }

    [PersonalData(DataCategory.Profile, Provided = true)]
    public string? RelevantDates { get; set; }

    [NotPersonalData]
    public RestrictionGround? RestrictionGround { get; set; }

    [NotPersonalData]
    public ObjectionKind? ObjectionKind { get; set; }

    /// <summary>
    /// For a withdrawal of consent: the marketing permissions to withdraw, as consent subject keys separated by
    /// commas ("channel:Email,topic:3"); null means every one.
    /// </summary>
    [PersonalData(DataCategory.MarketingAndCommunications, Provided = true)]
    public string? WithdrawalScope { get; set; }

    /// <summary>The UK date the request was received; a weekend or holiday receipt still counts.</summary>
    [NotPersonalData]
    public DateOnly ReceivedOn { get; set; }

    /// <summary>The date the statutory month runs from (moves when requested ID or a fee arrives); null while awaiting it.</summary>
    [NotPersonalData]
    public DateOnly? ClockStartsOn { get; set; }

    /// <summary>
    /// The statutory deadline, kept equal to the deadline engine's answer for the request's events (stored so that
    /// the queue can sort and filter on it). Null while the clock is stopped (awaiting ID or clarification).
    /// </summary>
    [NotPersonalData]
    public DateOnly? DueOn { get; set; }

    [NotPersonalData]
    public bool IsExtended { get; set; }

    [NotPersonalData]
    public DateTime? EmailConfirmedAt { get; set; }

    [NotPersonalData]
    public IdentityVerificationMethod? IdentityVerifiedBy { get; set; }

    [NotPersonalData]
    public DateTime? IdentityVerifiedAt { get; set; }

    [NotPersonalData]
    public Guid? IdentityVerifiedByUserId { get; set; }

    [NotPersonalData]
    public Guid? AssigneeUserId { get; set; }

    /// <summary>An earlier open request this one repeats.</summary>
    public Guid? DuplicateOfId { get; set; }

    [NotPersonalData]
    public RefusalReason? RefusalReason { get; set; }

    /// <summary>The exemption relied on when <see cref="RefusalReason"/> is ExemptionApplies (e.g. "Legal professional privilege").</summary>
    [NotPersonalData]
    public string? RefusalExemption { get; set; }

    /// <summary>The outcome or refusal reasoning given to the requester.</summary>
    [PersonalData(DataCategory.Profile)]
    public string? Outcome { get; set; }

    [NotPersonalData]
    public DateTime CreatedAt { get; set; }

    [NotPersonalData]
    public DateTime? ClosedAt { get; set; }

    /// <summary>Set when the personal details of this request were removed (by erasure or the retention sweep).</summary>
    [NotPersonalData]
    public DateTime? AnonymisedAt { get; set; }

    [NotPersonalData]
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    /// <summary>
    /// The one-time key of the form the request was submitted with (unique), so that a double click or a
    /// refreshed POST finds the request already made instead of making a second one.
    /// </summary>
    [NotPersonalData]
    public string? SubmissionKey { get; set; }

    public List<RightsRequestEvent> Events { get; } = [];

    public bool IsOpen => Status is not (RightsRequestStatus.Completed or RightsRequestStatus.Refused or RightsRequestStatus.Withdrawn);
}
