using ImiPortal.Domain.PersonalData;

namespace ImiPortal.Domain.Auditing;

/// <summary>
/// An append-only record of a security-relevant action: who did what to whose data, when and from where.
/// It names fields and ids, never personal-data values.
/// </summary>
[PersonalDataEntity(nameof(SubjectMemberId))]
public class AuditEvent
{
    public long Id { get; set; }

    [NotPersonalData]
    public DateTime OccurredAt { get; set; }

    [NotPersonalData]
    public Guid? ActorUserId { get; set; }

    /// <summary>A stable action name such as "member.viewed" or "member.details.changed".</summary>
    [NotPersonalData]
    public string Action { get; set; } = "";

    /// <summary>The member whose data was touched, if any.</summary>
    public Guid? SubjectMemberId { get; set; }

    [NotPersonalData]
    public string? EntityType { get; set; }

    [NotPersonalData]
    public string? EntityId { get; set; }

    /// <summary>Field names or a short non-personal description (never values).</summary>
    [NotPersonalData]
    public string? Details { get; set; }

    /// <summary>The actor's IP address (the actor's technical data, kept for security).</summary>
    [NotPersonalData]
    public string? IpAddress { get; set; }
}
