using System.Net;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Requests;

public sealed class PublicRequestRateLimitTests : IClassFixture<RateLimitedPortalFactory>
{
    private readonly RateLimitedPortalFactory _factory;

    public PublicRequestRateLimitTests(RateLimitedPortalFactory factory) => _factory = factory;

    [Fact]
    public async Task PublicForm_PostedTooOften_Answers429WithAFriendlyPageAndSavesNothing()
    {
        using var client = _factory.CreatePortalClient();
        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.SubmitFormAsync("/PublicRequests/New?type=Portability", RequestForms.Valid("Portability", $"limit-{i}@example.org"));
            Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        }

        var refused = await client.SubmitFormAsync("/PublicRequests/New?type=Portability", RequestForms.Valid("Portability", "limit-over@example.org"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Too many attempts", body, StringComparison.Ordinal);
        Assert.Contains("Please wait a minute and try again", body, StringComparison.Ordinal);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.RightsRequests.CountAsync(r => r.Email == "limit-over@example.org")));
        Assert.Equal(3, await _factory.WithDbAsync(db => db.RightsRequests.CountAsync()));
    }
}
