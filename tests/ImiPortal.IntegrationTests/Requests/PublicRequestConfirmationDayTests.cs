using System.Net;
using ImiPortal.Domain.Requests;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Requests;

/// <summary>Moves the clock, so it has a portal of its own.</summary>
public sealed class PublicRequestConfirmationDayTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public PublicRequestConfirmationDayTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task PublicRequest_ConfirmedDaysLater_IsReceivedOnTheConfirmationDay()
    {
        using var client = _factory.CreatePortalClient();
        await client.SubmitFormAsync("/PublicRequests/New?type=Access", RequestForms.Valid("Access", "later@example.org"));
        var link = await Outbox.LinkAsync(_factory, "later@example.org", "request.confirm-email");

        // Submitted Wednesday 25 November; confirmed Monday 30 November 2026.
        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var confirm = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var request = await _factory.WithDbAsync(db => db.RightsRequests.SingleAsync(r => r.Email == "later@example.org"));
        Assert.Equal(RightsRequestStatus.Received, request.Status);
        Assert.Equal(new DateOnly(2026, 11, 30), request.ReceivedOn);
        Assert.Equal(new DateOnly(2026, 12, 30), request.DueOn);
        var acknowledgement = Assert.Single(await Outbox.ForAsync(_factory, "later@example.org"), m => m.Kind == "request.acknowledged");
        Assert.Contains("by the end of 30 December 2026", acknowledgement.TextBody, StringComparison.Ordinal);
    }
}
