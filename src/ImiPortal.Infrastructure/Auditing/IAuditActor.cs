namespace ImiPortal.Infrastructure.Auditing;

/// <summary>Who is acting and from where: the logged-in user of the current request, or the system for jobs.</summary>
public interface IAuditActor
{
    Guid? UserId { get; }

    string? IpAddress { get; }
}
