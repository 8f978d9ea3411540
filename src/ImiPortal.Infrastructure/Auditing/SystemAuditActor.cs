namespace ImiPortal.Infrastructure.Auditing;

/// <summary>The actor for work outside a request (background jobs, start-up).</summary>
public sealed class SystemAuditActor : IAuditActor
{
    public Guid? UserId => null;

    public string? IpAddress => null;
}
