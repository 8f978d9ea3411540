using System.Net;
using ImiPortal.IntegrationTests.Infrastructure;

namespace ImiPortal.IntegrationTests.Transparency;

public sealed class MemberCheckRateLimitTests : IClassFixture<MemberCheckRateLimitTests.LimitedFactory>
{
    private readonly LimitedFactory _factory;

    public MemberCheckRateLimitTests(LimitedFactory factory) => _factory = factory;

    [Fact]
    public async Task RepeatedSearches_AreRateLimited()
    {
        using var client = _factory.CreatePortalClient();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await client.GetAsync($"/MemberCheck?MembershipNumber=IMI1000000{i}")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
    }

    public sealed class LimitedFactory : PortalFactory
    {
        public LimitedFactory() => RateLimitPermits = 3;
    }
}
