using ImiPortal.Domain;
using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Members;
using ImiPortal.Domain.Retention;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Retention;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImiPortal.IntegrationTests.Retention;

/// <summary>
/// The consent-history rule at its edges: a choice goes only when a later choice about the same subject replaced it
/// before the cutoff, subjects that differ only in which nullable column is set are never confused, and the order of
/// the ledger (not its clock) decides which choice is the later one.
/// </summary>
public sealed class ConsentHistorySweepTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Sweep_DeletesOnlyChoicesReplacedBeforeTheCutoff_PerMemberAndSubject()
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var seed = new RetentionSeed(db, now, Guid.Empty);
        var months = await db.ProcessingPurposes.Where(p => p.Key == RetentionRules.For(RetentionRules.ConsentHistory).PurposeKey).Select(p => p.RetentionMonths).SingleAsync();
        var cutoff = RetentionRules.For(RetentionRules.ConsentHistory).CutoffUtc(UkTime.Today(factory.Clock), months);
        var topic = await db.MarketingTopics.Select(t => t.Id).FirstAsync();
        var recipient = await db.Recipients.Select(r => r.Id).FirstAsync();
        var wording = await db.ConsentWordings.Select(w => w.Id).FirstAsync();
        var member = seed.Member(MembershipStatus.Active, 1);
        var other = seed.Member(MembershipStatus.Active, 1);
        await db.SaveChangesAsync();

        // Each event is saved on its own so that ids follow the order below.
        async Task<long> Event(Member who, MarketingChannel? channel, int? topicId, int? recipientId, DateTime at)
        {
            var kind = channel is not null ? ConsentSubjectKind.Channel : topicId is not null ? ConsentSubjectKind.Topic : ConsentSubjectKind.ThirdParty;
            var e = new ConsentEvent
            {
                MemberId = who.Id, SubjectKind = kind, Channel = channel, TopicId = topicId, RecipientId = recipientId, Granted = true,
                Basis = ConsentBasis.Consent, Source = ConsentSource.MyImiForm, WordingId = wording, OccurredAt = at,
            };
            db.ConsentEvents.Add(e);
            await db.SaveChangesAsync();
            return e.Id;
        }

        var emailOld = await Event(member, MarketingChannel.Email, null, null, cutoff.AddYears(-1));
        var emailAtCutoff = await Event(member, MarketingChannel.Email, null, null, cutoff);
        var postOld = await Event(member, MarketingChannel.Post, null, null, cutoff.AddYears(-1));
        var postJustBefore = await Event(member, MarketingChannel.Post, null, null, cutoff.AddSeconds(-1));
        var topicOld = await Event(member, null, topic, null, cutoff.AddYears(-2));
        var recipientLater = await Event(member, null, null, recipient, cutoff.AddYears(-1));
        var otherMemberEmail = await Event(other, MarketingChannel.Email, null, null, cutoff.AddMonths(-6));
        var phoneRecent = await Event(member, MarketingChannel.Phone, null, null, now.AddDays(-30));
        var phoneLaterButDatedOld = await Event(member, MarketingChannel.Phone, null, null, cutoff.AddDays(-1));

        var run = await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(null, CancellationToken.None);

        var remaining = await db.ConsentEvents.Where(e => e.MemberId == member.Id || e.MemberId == other.Id).Select(e => e.Id).ToListAsync();
        // A later choice made exactly at the cutoff has not yet replaced the earlier one for long enough.
        Assert.Contains(emailOld, remaining);
        Assert.Contains(emailAtCutoff, remaining);
        Assert.DoesNotContain(postOld, remaining);
        Assert.Contains(postJustBefore, remaining);
        // A topic and a recipient subject both have a null channel: neither replaces the other.
        Assert.Contains(topicOld, remaining);
        Assert.Contains(recipientLater, remaining);
        // Another member's choice about the same channel replaces nothing of this member's.
        Assert.Contains(otherMemberEmail, remaining);
        // The later entry in the ledger replaced the earlier one, whatever times they carry.
        Assert.DoesNotContain(phoneRecent, remaining);
        Assert.Contains(phoneLaterButDatedOld, remaining);
        Assert.Equal(2, run.Lines.Single(l => l.RuleKey == RetentionRules.ConsentHistory).Affected);
    }
}
