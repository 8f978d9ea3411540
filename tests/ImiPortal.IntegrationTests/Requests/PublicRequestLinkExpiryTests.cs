using ImiPortal.Domain.Requests;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Requests;

/// <summary>Moves the clock, so it has a portal of its own.</summary>
public sealed class PublicRequestLinkExpiryTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public PublicRequestLinkExpiryTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task ConfirmationLink_AfterSevenDays_HasExpiredAndTheRequestStaysUnreceived()
    {
        using var client = _factory.CreatePortalClient();
        await client.SubmitFormAsync("/PublicRequests/New?type=Access", RequestForms.Valid("Access", "slow@example.org"));
        var link = await Outbox.LinkAsync(_factory, "slow@example.org", "request.confirm-email");

        _factory.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var page = await client.GetDocumentAsync(link);

        Assert.Contains("expired or is not valid", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var request = await _factory.WithDbAsync(db => db.RightsRequests.SingleAsync(r => r.Email == "slow@example.org"));
        Assert.Equal(RightsRequestStatus.AwaitingEmailConfirmation, request.Status);
        Assert.Null(request.DueOn);
    }
}
