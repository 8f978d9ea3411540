using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Members;
using ImiPortal.Domain.Requests;
using ImiPortal.Domain.Retention;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Retention;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImiPortal.IntegrationTests.Retention;

/// <summary>The sweep on seeded old data: exactly what is due goes, nothing else, and a second run changes nothing.</summary>
public sealed class RetentionSweepTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Sweep_RemovesExactlyWhatIsDue_KeepsHeldMembers_AndASecondRunChangesNothing()
    {
        var ids = await SeedAsync();
        var statisticsBefore = await GradeYearCountsAsync();
        var suppressionBefore = await factory.WithDbAsync(db => db.SuppressionEntries.CountAsync());

        var first = await RunSweepAsync();

        Assert.Equal(RetentionSweepOutcome.Completed, first.Outcome);
        var expected = new Dictionary<string, (int Affected, int HeldBack)>
        {
            [RetentionRules.SentEmails] = (1, 0),
            [RetentionRules.UnconfirmedRequests] = (1, 0),
            [RetentionRules.LoginRecords] = (2, 1),
            [RetentionRules.AuditEvents] = (2, 1),
            [RetentionRules.Orders] = (2, 1),
            [RetentionRules.ConsentHistory] = (1, 0),
            [RetentionRules.DetailsHistory] = (2, 1),
            [RetentionRules.Disclosures] = (1, 0),
            [RetentionRules.ClosedRequests] = (1, 0),
            [RetentionRules.FormerMembers] = (1, 2),
        };
        Assert.Equal(expected, first.Lines.ToDictionary(l => l.RuleKey, l => (l.Affected, l.HeldBack)));

        await factory.WithDbAsync(async db =>
        {
            var old = await db.Members.Include(m => m.Addresses).SingleAsync(m => m.Id == ids.LapsedOld);
            Assert.NotNull(old.ErasedAt);
            Assert.Equal("", old.FirstName);
            Assert.Null(old.Phone);
            Assert.Empty(old.Addresses);
            Assert.False(old.IsMarketingSuppressed);
            Assert.Equal(MembershipGrade.Fellow, old.Grade);

            foreach (var kept in new[] { ids.LapsedRecent, ids.ActiveOld, ids.LoggedInRecently, ids.OpenRequest, ids.Held, ids.Restricted })
            {
                Assert.Null((await db.Members.SingleAsync(m => m.Id == kept)).ErasedAt);
            }

            Assert.Equal(2, await db.Orders.CountAsync());
            Assert.Equal(3, await db.LoginRecords.CountAsync(l => l.MemberId != null));
            Assert.Equal(1, await db.LoginRecords.CountAsync(l => l.MemberId == ids.Held));
            var emailChoices = await db.ConsentEvents.Where(e => e.MemberId == ids.ActiveOld).OrderBy(e => e.Id).Select(e => new { e.Channel, e.Granted }).ToListAsync();
            Assert.Equal([new { Channel = (MarketingChannel?)MarketingChannel.Email, Granted = false }, new { Channel = (MarketingChannel?)MarketingChannel.Email, Granted = true }, new { Channel = (MarketingChannel?)MarketingChannel.Post, Granted = true }], emailChoices);

            var closedOld = await db.RightsRequests.Include(r => r.Events).SingleAsync(r => r.Id == ids.ClosedOld);
            Assert.NotNull(closedOld.AnonymisedAt);
            Assert.Equal("", closedOld.FullName);
            Assert.Null(closedOld.Email);
            Assert.All(closedOld.Events, e => Assert.Null(e.Note));
            Assert.Null((await db.RightsRequests.SingleAsync(r => r.Id == ids.ClosedRecent)).AnonymisedAt);
            Assert.False(await db.RightsRequests.AnyAsync(r => r.Id == ids.UnconfirmedOld));
            Assert.True(await db.RightsRequests.AnyAsync(r => r.Id == ids.UnconfirmedRecent));
            Assert.Equal(2, await db.OutboxMessages.CountAsync());
            return 0;
        });

        // No suppression record: a former member never objected to marketing; only an erasure they asked for suppresses.
        Assert.Equal(suppressionBefore, await factory.WithDbAsync(db => db.SuppressionEntries.CountAsync()));
        // The anonymous statistics survive: members per grade per year are unchanged.
        Assert.Equal(statisticsBefore, await GradeYearCountsAsync());

        var snapshot = await SnapshotAsync();
        var second = await RunSweepAsync();
        Assert.All(second.Lines, l => Assert.Equal(0, l.Affected));
        Assert.Equal(first.Lines.Select(l => (l.RuleKey, l.HeldBack)), second.Lines.Select(l => (l.RuleKey, l.HeldBack)));
        Assert.Equal(snapshot, await SnapshotAsync());
    }

    private async Task<RetentionSweepRun> RunSweepAsync()
    {
        await using var scope = factory.Scope();
        return await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(null, CancellationToken.None);
    }

    private Task<List<string>> GradeYearCountsAsync() => factory.WithDbAsync(async db =>
        (await db.Members.GroupBy(m => new { m.MemberSince.Year, m.Grade }).Select(g => new { g.Key.Year, g.Key.Grade, Count = g.Count() }).ToListAsync())
        .OrderBy(x => x.Year).ThenBy(x => x.Grade).Select(x => $"{x.Year}/{x.Grade}/{x.Count}").ToList());

    /// <summary>Row counts and anonymisation markers of every table the sweep touches (its own report excluded).</summary>
    private Task<string> SnapshotAsync() => factory.WithDbAsync(async db => string.Join(",",
        await db.Members.CountAsync(m => m.ErasedAt != null), await db.Members.CountAsync(), await db.Addresses.CountAsync(),
        await db.Orders.CountAsync(), await db.Payments.CountAsync(), await db.LoginRecords.CountAsync(),
        await db.AuditEvents.CountAsync(a => a.Action != "retention.swept"), await db.ConsentEvents.CountAsync(), await db.DetailsChanges.CountAsync(),
        await db.Disclosures.CountAsync(), await db.RightsRequests.CountAsync(), await db.RightsRequests.CountAsync(r => r.AnonymisedAt != null),
        await db.RightsRequestEvents.CountAsync(), await db.OutboxMessages.CountAsync()));

    private sealed record Seeded(Guid LapsedOld, Guid LapsedRecent, Guid ActiveOld, Guid LoggedInRecently, Guid OpenRequest, Guid Held, Guid Restricted,
        Guid ClosedOld, Guid ClosedRecent, Guid UnconfirmedOld, Guid UnconfirmedRecent);

    private async Task<Seeded> SeedAsync()
    {
        var loginUser = await factory.CreateMemberAsync("retention-logins@example.org");
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var seed = new RetentionSeed(db, now, loginUser.Id);

        var lapsedOld = seed.Member(MembershipStatus.Lapsed, 8, MembershipGrade.Fellow, joined: 2010);
        seed.Login(lapsedOld, 8);
        seed.Order(lapsedOld, 8);
        seed.DetailsChange(lapsedOld, 8);

        var lapsedRecent = seed.Member(MembershipStatus.Lapsed, 6);

        var activeOld = seed.Member(MembershipStatus.Active, 8);
        seed.Order(activeOld, 8);
        seed.Order(activeOld, 6);
        seed.Login(activeOld, 8);
        seed.Login(activeOld, 1);
        seed.Audit(activeOld, 8);
        seed.Audit(activeOld, 1);
        seed.Audit(null, 8);
        await seed.ConsentAsync(activeOld, MarketingChannel.Email, true, 9);
        await seed.ConsentAsync(activeOld, MarketingChannel.Email, false, 8);
        await seed.ConsentAsync(activeOld, MarketingChannel.Email, true, 1);
        await seed.ConsentAsync(activeOld, MarketingChannel.Post, true, 8);
        seed.DetailsChange(activeOld, 8);
        seed.DetailsChange(activeOld, 1);
        await seed.DisclosureAsync(activeOld, 8);
        await seed.DisclosureAsync(activeOld, 1);

        var loggedInRecently = seed.Member(MembershipStatus.Lapsed, 8);
        seed.Login(loggedInRecently, 1);

        var openRequest = seed.Member(MembershipStatus.Resigned, 8);
        seed.Request(openRequest, RightsRequestStatus.Received, now.AddDays(-10), null);

        var held = seed.Member(MembershipStatus.Lapsed, 8);
        seed.Hold(held);
        seed.Order(held, 8);
        seed.Login(held, 8);
        seed.Audit(held, 8);
        seed.DetailsChange(held, 8);

        var restricted = seed.Member(MembershipStatus.Lapsed, 8);
        restricted.IsRestricted = true;

        var closedOld = seed.Request(activeOld, RightsRequestStatus.Completed, seed.YearsAgo(8.1), seed.YearsAgo(8));
        var closedRecent = seed.Request(activeOld, RightsRequestStatus.Completed, seed.YearsAgo(1.1), seed.YearsAgo(1));
        var unconfirmedOld = seed.Request(null, RightsRequestStatus.AwaitingEmailConfirmation, now.AddDays(-40), null);
        var unconfirmedRecent = seed.Request(null, RightsRequestStatus.AwaitingEmailConfirmation, now.AddDays(-10), null);

        seed.SentEmail(40, sent: true);
        seed.SentEmail(5, sent: true);
        seed.SentEmail(40, sent: false);
        await db.SaveChangesAsync();

        return new Seeded(lapsedOld.Id, lapsedRecent.Id, activeOld.Id, loggedInRecently.Id, openRequest.Id, held.Id, restricted.Id,
            closedOld.Id, closedRecent.Id, unconfirmedOld.Id, unconfirmedRecent.Id);
    }
}
