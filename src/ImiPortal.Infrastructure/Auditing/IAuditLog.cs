namespace ImiPortal.Infrastructure.Auditing;

/// <summary>
/// The append-only audit trail. Record field names and ids only, never personal-data values.
/// Entries are added to the current unit of work and stored when the caller saves.
/// </summary>
public interface IAuditLog
{
    void Record(string action, Guid? subjectMemberId, string? entityType = null, string? entityId = null, string? details = null);
}
