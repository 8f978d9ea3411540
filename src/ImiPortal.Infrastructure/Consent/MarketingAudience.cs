using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Members;
using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Consent;

/// <summary>
/// Who may be contacted on a channel about a topic today, as ONE SQL query: <see cref="MarketingPermissions.MayContact"/>
/// written for the database. Keep the two in step; a test compares them over a varied population.
/// </summary>
public sealed class MarketingAudience(PortalDbContext db)
{
    public IQueryable<Member> Members(MarketingChannel channel, int topicId)
    {
        var channelKey = ConsentSubject.ForChannel(channel).Key;
        var topicKey = ConsentSubject.ForTopic(topicId).Key;
        var openWithoutChoice = !MarketingPermissions.NeedsConsent(channel);

        var members = db.Members.AsNoTracking()
            // Erased, objecting, restricted or suppressed members get nothing, whatever they chose.
            .Where(m => m.ErasedAt == null && !m.ObjectsToDirectMarketing && !m.IsRestricted && !m.IsMarketingSuppressed)
            // A recorded choice decides; without one, post and phone are open and email and SMS need a purchase.
            .Where(m => db.ConsentStates.Any(s => s.MemberId == m.Id && s.SubjectKey == channelKey && s.Granted)
                || (!db.ConsentStates.Any(s => s.MemberId == m.Id && s.SubjectKey == channelKey)
                    && (openWithoutChoice || db.Orders.Any(o => o.MemberId == m.Id))))
            // The topic was ticked, or the member never chose topics.
            .Where(m => db.ConsentStates.Any(s => s.MemberId == m.Id && s.SubjectKey == topicKey && s.Granted)
                || !db.ConsentStates.Any(s => s.MemberId == m.Id && s.SubjectKey.StartsWith(ConsentSubject.TopicPrefix)));

        return channel switch
        {
            MarketingChannel.Email => members.Where(m => m.Email != ""),
            MarketingChannel.Sms or MarketingChannel.Phone => members.Where(m => m.Phone != null && m.Phone != ""),
            MarketingChannel.Post => members.Where(m => m.Addresses.Any()),
            _ => throw new ArgumentOutOfRangeException(nameof(channel)),
        };
    }

    /// <summary>
    /// The audience with what a mailing needs: contact details (the billing address first, for post) and the
    /// basis of each row, which is the recorded choice's, or the channel's basis without a choice.
    /// </summary>
    public IQueryable<AudienceMember> Rows(MarketingChannel channel, int topicId)
    {
        var channelKey = ConsentSubject.ForChannel(channel).Key;
        var withoutChoice = MarketingPermissions.NeedsConsent(channel) ? ConsentBasis.SoftOptIn : ConsentBasis.LegitimateInterests;
        var members = Members(channel, topicId).OrderBy(m => m.MembershipNumber);
        if (channel == MarketingChannel.Post)
        {
            return members.Select(m => new AudienceMember
            {
                MembershipNumber = m.MembershipNumber,
                FirstName = m.FirstName,
                LastName = m.LastName,
                Email = m.Email,
                Phone = m.Phone,
                Address = m.Addresses.OrderBy(a => a.Kind).FirstOrDefault(),
                Basis = db.ConsentStates.Where(s => s.MemberId == m.Id && s.SubjectKey == channelKey).Select(s => (ConsentBasis?)s.Basis).FirstOrDefault() ?? withoutChoice,
            });
        }

        return members.Select(m => new AudienceMember
        {
            MembershipNumber = m.MembershipNumber,
            FirstName = m.FirstName,
            LastName = m.LastName,
            Email = m.Email,
            Phone = m.Phone,
            Basis = db.ConsentStates.Where(s => s.MemberId == m.Id && s.SubjectKey == channelKey).Select(s => (ConsentBasis?)s.Basis).FirstOrDefault() ?? withoutChoice,
        });
    }
}
