using ImiPortal.Domain.Consent;
using ImiPortal.Infrastructure.Consent;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Web.Models.Marketing;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Queries.Marketing;

/// <summary>The back office's view of a member's marketing permissions and ledger, and the audience form.</summary>
public sealed class StaffMarketingQuery(PortalDbContext db, MarketingProfiles profiles, MarketingCatalogue catalogue, ConsentTimelineQuery timeline)
{
    public Task<Guid?> FindByMembershipNumberAsync(string membershipNumber, CancellationToken cancellationToken) =>
        db.Members.Where(m => m.MembershipNumber == membershipNumber).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);

    /// <param name="historyBefore">The page of the member's consent history after this event; null for the newest.</param>
    public async Task<StaffMemberMarketingViewModel?> MemberAsync(Guid memberId, long? historyBefore, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().Where(m => m.Id == memberId)
            .Select(m => new { m.FirstName, m.LastName, m.MembershipNumber })
            .FirstOrDefaultAsync(cancellationToken);
        var profile = await profiles.ForMemberAsync(memberId, cancellationToken);
        if (member is null || profile is null)
        {
            return null;
        }

        var offer = await catalogue.LoadAsync(cancellationToken);
        var blocks = new List<string>();
        if (profile.IsErased)
        {
            blocks.Add("Erased: no marketing of any kind.");
        }

        if (profile.ObjectsToDirectMarketing)
        {
            blocks.Add("Objected to direct marketing: no marketing on any channel, whatever is shown below.");
        }

        if (profile.IsRestricted)
        {
            blocks.Add("Processing is restricted: no marketing on any channel, whatever is shown below.");
        }

        if (profile.IsSuppressed)
        {
            blocks.Add("Email or phone is on the suppression list of an earlier erasure: no marketing on any channel.");
        }

        var channels = MarketingPermissions.Channels.Select(c =>
        {
            var permission = MarketingPermissions.ForChannel(profile, c);
            var reason = ConsentWords.ForStaff(permission);
            if (permission.Allowed && !MarketingPermissions.HasContactPoint(profile, c))
            {
                reason += " (no contact details for this channel)";
            }

            return new StaffChoiceRow(ConsentWords.Channel(c), permission.Allowed, reason);
        }).ToList();
        var topics = offer.Topics.Select(t => new StaffChoiceRow(t.Name, MarketingPermissions.WantsTopic(profile, t.Subject.TopicId!.Value), ChoiceText(profile.ChoiceFor(t.Subject), "No choice: hears about every subject until they choose"))).ToList();
        var partners = offer.ThirdParties.Select(p => new StaffChoiceRow(p.Name, MarketingPermissions.MayShareWith(profile, p.Subject.RecipientId!.Value), ChoiceText(profile.ChoiceFor(p.Subject), "No consent: never shared"))).ToList();
        return new StaffMemberMarketingViewModel(memberId, $"{member.FirstName} {member.LastName}".Trim(), member.MembershipNumber, blocks,
            channels, topics, partners, await timeline.RunAsync(memberId, historyBefore, cancellationToken));
    }

    public async Task<AudienceFormViewModel> AudienceFormAsync(AudienceInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var topics = await db.MarketingTopics.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new SelectListItem(t.Name, t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToListAsync(cancellationToken);
        var channels = MarketingPermissions.Channels.Select(c => new SelectListItem(ConsentWords.Channel(c), c.ToString())).ToList();
        return new AudienceFormViewModel(input.Channel, input.TopicId, channels, topics);
    }

    public Task<bool> IsActiveTopicAsync(int topicId, CancellationToken cancellationToken) =>
        db.MarketingTopics.AnyAsync(t => t.Id == topicId && t.IsActive, cancellationToken);

    private static string ChoiceText(ConsentChoice? choice, string none) => choice switch
    {
        { Granted: true } => $"Chose it on {Domain.UkTime.Format(Domain.UkTime.DateOf(choice.At))}",
        { Granted: false } => $"Said no on {Domain.UkTime.Format(Domain.UkTime.DateOf(choice.At))}",
        _ => none,
    };
}
