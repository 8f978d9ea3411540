using ImiPortal.IntegrationTests.Infrastructure;

namespace ImiPortal.IntegrationTests.Requests;

/// <summary>A portal whose rate-limited forms allow three posts a minute.</summary>
public sealed class RateLimitedPortalFactory : PortalFactory
{
    public RateLimitedPortalFactory() => RateLimitPermits = 3;
}
