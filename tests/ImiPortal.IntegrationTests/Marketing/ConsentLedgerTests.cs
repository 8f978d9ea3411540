using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Members;
using ImiPortal.Infrastructure.Consent;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Data.Seeding;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ImiPortal.IntegrationTests.Marketing.MarketingKit;

namespace ImiPortal.IntegrationTests.Marketing;

public class ConsentLedgerTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public ConsentLedgerTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task Record_FiftyConcurrentToggles_LeaveFiftyEventsAndTheStateOfTheLast()
    {
        var (_, memberId) = await CreateMemberAsync(_factory, "ledger-race@example.net");

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            await using var scope = _factory.Scope();
            var ledger = scope.ServiceProvider.GetRequiredService<ConsentLedger>();
            await ledger.RecordAsync(new ConsentRecord(memberId, [new ConsentChange(Email, Granted: i % 2 == 0)], ConsentSource.MyImiForm), CancellationToken.None);
        })));

        var events = await _factory.WithDbAsync(db => db.ConsentEvents.AsNoTracking().Where(e => e.MemberId == memberId).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(50, events.Count);
        Assert.Equal(25, events.Count(e => e.Granted));
        var state = await StateAsync(_factory, memberId, Email);
        Assert.Equal(events[^1].Id, state!.LastEventId);
        Assert.Equal(events[^1].Granted, state.Granted);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.ConsentStates.CountAsync(s => s.MemberId == memberId)));
    }

    [Fact]
    public async Task Record_UsesTheLatestVersionOfTheWordingAndTheBasisItEnds()
    {
        var (_, memberId) = await CreateMemberAsync(_factory, "ledger-wording@example.net", bought: true);
        var key = ConsentWordingSeeds.ChannelKey(MarketingChannel.Sms);
        var latest = await _factory.WithDbAsync(async db =>
        {
            var wording = new ConsentWording { Key = key, Version = 2, Text = "Text me about IMI (version 2).", PublishedAt = _factory.Clock.GetUtcNow().UtcDateTime };
            db.ConsentWordings.Add(wording);
            await db.SaveChangesAsync();
            return wording.Id;
        });

        var result = await RecordAsync(_factory, memberId, ConsentSource.MyImiForm, (ConsentSubject.ForChannel(MarketingChannel.Sms), false));

        var recorded = Assert.Single(result.Events);
        Assert.Equal(latest, recorded.WordingId);
        Assert.Equal(ConsentBasis.SoftOptIn, recorded.Basis); // the customer refused the soft opt-in
        Assert.Equal(ConsentSubjectKind.Channel, recorded.SubjectKind);
        var audit = await _factory.WithDbAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(a => a.Action == "consent.recorded" && a.SubjectMemberId == memberId));
        Assert.Equal("source=MyImiForm; subjects=channel:Sms", audit.Details);
    }

    [Fact]
    public async Task Record_AWithdrawalWithNoChoiceOnRecord_EndsTheSoftOptInOnlyForACustomer()
    {
        var (_, customer) = await CreateMemberAsync(_factory, "ledger-customer@example.net", bought: true);
        var (_, member) = await CreateMemberAsync(_factory, "ledger-never-bought@example.net");
        var sms = ConsentSubject.ForChannel(MarketingChannel.Sms);

        var fromCustomer = await RecordAsync(_factory, customer, ConsentSource.MyImiForm, (sms, false));
        var fromMember = await RecordAsync(_factory, member, ConsentSource.MyImiForm, (sms, false));
        var afterAGrant = await RecordAsync(_factory, customer, ConsentSource.MyImiForm, (sms, true));
        var thenWithdrawn = await RecordAsync(_factory, customer, ConsentSource.MyImiForm, (sms, false));

        Assert.Equal(ConsentBasis.SoftOptIn, Assert.Single(fromCustomer.Events).Basis);
        Assert.Equal(ConsentBasis.Consent, Assert.Single(fromMember.Events).Basis);
        Assert.Equal(ConsentBasis.Consent, Assert.Single(afterAGrant.Events).Basis);
        Assert.Equal(ConsentBasis.Consent, Assert.Single(thenWithdrawn.Events).Basis); // it ends the consent given
    }

    [Fact]
    public async Task Record_ForErasedMember_RecordsNothing()
    {
        var (_, memberId) = await CreateMemberAsync(_factory, "ledger-erased@example.net");
        await _factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.ErasedAt, _factory.Clock.GetUtcNow().UtcDateTime)));

        var result = await RecordAsync(_factory, memberId, ConsentSource.UnsubscribeLink, (Email, false));

        Assert.False(result.MemberFound);
        Assert.Equal(0, await EventCountAsync(_factory, memberId));
    }

    [Fact]
    public async Task ConsentEvent_ChangedThroughTheDbContext_IsRefused()
    {
        var (_, memberId) = await CreateMemberAsync(_factory, "ledger-immutable@example.net");
        await RecordAsync(_factory, memberId, ConsentSource.MyImiForm, (Email, true));

        await using var scope = _factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var recorded = await db.ConsentEvents.SingleAsync(e => e.MemberId == memberId);
        recorded.Granted = false;
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        db.ChangeTracker.Clear();
        db.ConsentEvents.Remove(await db.ConsentEvents.SingleAsync(e => e.MemberId == memberId));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        var stored = await _factory.WithDbAsync(d => d.ConsentEvents.AsNoTracking().SingleAsync(e => e.MemberId == memberId));
        Assert.True(stored.Granted);
    }

    [Fact]
    public async Task ConsentEvent_OfDeletedMember_GoesWithTheMemberByCascade()
    {
        // Erasure deletes on the database side; the guard only stops changes made through tracked events.
        var memberId = await _factory.WithDbAsync(async db =>
        {
            var member = new Member
            {
                MembershipNumber = "IMI" + Random.Shared.Next(10_000_000, 99_999_999),
                FirstName = "Gone",
                LastName = "Soon",
                Email = "ledger-cascade@example.net",
                CreatedAt = _factory.Clock.GetUtcNow().UtcDateTime,
                UpdatedAt = _factory.Clock.GetUtcNow().UtcDateTime,
            };
            db.Members.Add(member);
            await db.SaveChangesAsync();
            return member.Id;
        });
        await RecordAsync(_factory, memberId, ConsentSource.MyImiForm, (Email, true));

        await _factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).ExecuteDeleteAsync());

        Assert.Equal(0, await EventCountAsync(_factory, memberId));
        Assert.Null(await StateAsync(_factory, memberId, Email));
    }

    [Fact]
    public async Task Record_WithPendingChangesInTheUnitOfWork_IsRefused()
    {
        var (_, memberId) = await CreateMemberAsync(_factory, "ledger-pending@example.net");
        await using var scope = _factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        (await db.Members.SingleAsync(m => m.Id == memberId)).FirstName = "Changed";

        var ledger = scope.ServiceProvider.GetRequiredService<ConsentLedger>();
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ledger.RecordAsync(new ConsentRecord(memberId, [new ConsentChange(Email, true)], ConsentSource.MyImiForm), CancellationToken.None));
    }
}
