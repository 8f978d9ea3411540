using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ImiPortal.IntegrationTests.StaffRequests.StaffKit;

namespace ImiPortal.IntegrationTests.StaffRequests;

/// <summary>The daily reminder digest, run directly (the trigger is a separate concern). Today is Wednesday 25 November 2026.</summary>
public class ReminderTests : IClassFixture<PortalFactory>
{
    private const string SharedInbox = "dataprotection@theimi.org.uk";

    private readonly PortalFactory _factory;

    public ReminderTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task SendDue_SendsOneDigestPerRecipient_WithReferencesOnly_AndNothingMoreTheSameDay()
    {
        var alice = await _factory.CreateStaffAsync("reminder-alice@theimi.org.uk", Roles.MemberServices);
        var bob = await _factory.CreateStaffAsync("reminder-bob@theimi.org.uk", Roles.PrivacyOfficer);
        var requests = await RequestSeed.InsertManyAsync(_factory, [
            new RequestSeed { ReceivedOn = D("2026-10-27"), AssigneeUserId = alice.Id, FullName = "Due Friday Person" },     // due Fri 27 Nov: 2 working days
            new RequestSeed { ReceivedOn = D("2026-10-01"), AssigneeUserId = alice.Id, FullName = "Overdue Person" },        // due Mon 2 Nov: overdue
            new RequestSeed { ReceivedOn = D("2026-10-26"), FullName = "Unassigned Person" },                                  // due Thu 26 Nov: 1 working day
            new RequestSeed { ReceivedOn = D("2026-11-20"), FullName = "Later Person" },                                       // due 21 Dec: not yet
            new RequestSeed { ReceivedOn = D("2026-10-01"), AssigneeUserId = bob.Id, Status = RightsRequestStatus.Completed, ClosedAt = RequestSeed.MorningUtc(D("2026-10-20")) },
            new RequestSeed { ReceivedOn = D("2026-10-01"), AssigneeUserId = bob.Id, Status = RightsRequestStatus.AwaitingClarification, Steps = [(RightsRequestEventKind.ClarificationRequested, D("2026-10-10"))] },
        ]);
        Assert.Equal(D("2026-11-27"), requests[0].DueOn);
        Assert.Equal(D("2026-11-02"), requests[1].DueOn);

        var sent = await SendAsync();

        Assert.Equal(2, sent);
        var toAlice = Assert.Single(await Outbox.ForAsync(_factory, alice.Email!));
        Assert.Equal("request.reminder-digest", toAlice.Kind);
        Assert.Contains(requests[0].Reference + "  due 27 November 2026  (2 working days left)", toAlice.TextBody, StringComparison.Ordinal);
        Assert.Contains(requests[1].Reference + "  due 2 November 2026  (OVERDUE by", toAlice.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(requests[2].Reference, toAlice.TextBody, StringComparison.Ordinal);
        Assert.Contains("1 overdue", toAlice.Subject, StringComparison.Ordinal);

        var toShared = Assert.Single(await Outbox.ForAsync(_factory, SharedInbox));
        Assert.Contains(requests[2].Reference, toShared.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(requests[3].Reference, toShared.TextBody, StringComparison.Ordinal);
        Assert.Empty(await Outbox.ForAsync(_factory, bob.Email!));
        Assert.All(new[] { toAlice, toShared }, m => Assert.DoesNotContain("Person", m.TextBody + m.Subject, StringComparison.Ordinal));

        Assert.Equal(0, await SendAsync());
        Assert.Single(await Outbox.ForAsync(_factory, alice.Email!));
        Assert.Single(await Outbox.ForAsync(_factory, SharedInbox));
        Assert.Equal(2, await _factory.WithDbAsync(db => db.ReminderDigests.CountAsync(d => d.SentOn == D("2026-11-25"))));

        // The next day brings the next digest.
        _factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(2, await SendAsync());
        Assert.Equal(2, (await Outbox.ForAsync(_factory, alice.Email!)).Count);
    }

    private async Task<int> SendAsync()
    {
        await using var scope = _factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<RequestReminders>().SendDueAsync(CancellationToken.None);
    }
}
