using ImiPortal.Domain.Auditing;
using ImiPortal.Infrastructure.Data;

namespace ImiPortal.Infrastructure.Auditing;

public sealed class AuditLog(PortalDbContext db, TimeProvider time, IAuditActor actor) : IAuditLog
{
    public void Record(string action, Guid? subjectMemberId, string? entityType = null, string? entityId = null, string? details = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAt = time.GetUtcNow().UtcDateTime,
            ActorUserId = actor.UserId,
            Action = action,
            SubjectMemberId = subjectMemberId,
            EntityType = entityType,
            EntityId = entityId,
            Details = details,
            IpAddress = actor.IpAddress,
        });
    }
}
