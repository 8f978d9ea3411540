using ImiPortal.Domain.PersonalData;

namespace ImiPortal.Domain.Requests;

/// <summary>One step in the history of a rights request, with its actor and time.</summary>
[PersonalDataEntity(nameof(MemberId))]
public class RightsRequestEvent
{
    public long Id { get; set; }

    public Guid RequestId { get; set; }

    /// <summary>Copied from the request so that export and erasure can find the row directly.</summary>
    public Guid? MemberId { get; set; }

    [NotPersonalData]
    public RightsRequestEventKind Kind { get; set; }

    [NotPersonalData]
    public DateTime OccurredAt { get; set; }

    [NotPersonalData]
    public Guid? ActorUserId { get; set; }

    /// <summary>
    /// The UK date the step took effect when it differs from when it was recorded (ID received by post on Monday,
    /// recorded on Tuesday). The deadline engine counts from this date; null means the UK date of <see cref="OccurredAt"/>.
    /// </summary>
    [NotPersonalData]
    public DateOnly? EffectiveOn { get; set; }

    /// <summary>A note about the step (an internal note or the reason for an extension).</summary>
    [PersonalData(DataCategory.Profile)]
    public string? Note { get; set; }

    /// <summary>Whether the requester can see this step in their timeline.</summary>
    [NotPersonalData]
    public bool VisibleToRequester { get; set; } = true;
}
