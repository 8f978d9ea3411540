using ImiPortal.Infrastructure.Auditing;

namespace ImiPortal.Web.Security;

/// <summary>The audit actor of a web request: the logged-in user and their address.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public Guid? UserId => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user.UserId() : null;

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
