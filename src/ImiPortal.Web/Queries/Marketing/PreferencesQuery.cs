using ImiPortal.Domain.Consent;
using ImiPortal.Infrastructure.Consent;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Web.Members;
using ImiPortal.Web.Models.Marketing;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Queries.Marketing;

/// <summary>The member's preferences page: each choice as it stands now, its basis in plain words, its statement, and the history.</summary>
public sealed class PreferencesQuery(PortalDbContext db, CurrentMember current, MarketingProfiles profiles, MarketingCatalogue catalogue, ConsentTimelineQuery timeline)
{
    public Task<Guid?> MemberIdForUserAsync(Guid userId, CancellationToken cancellationToken) =>
        current.IdForUserAsync(userId, cancellationToken);

    /// <summary>The logged-in member's page (null when the login has no member), its queries on one connection.</summary>
    /// <param name="historyBefore">The page of the history after this event (its "Older changes" link); null for the newest.</param>
    public async Task<PreferencesViewModel?> ForUserAsync(Guid userId, long? historyBefore, CancellationToken cancellationToken)
    {
        await using var connection = await db.Database.HoldConnectionAsync(cancellationToken);
        // The profile is read by login, which also names the member: no separate look-up of the member's id (issue #11).
        if (await profiles.ForLoginAsync(userId, cancellationToken) is not var (memberId, profile))
        {
            return null;
        }

        current.Remember(userId, new CurrentMember.Row(memberId, profile.IsRestricted));
        return await ViewAsync(memberId, profile, userId, historyBefore, cancellationToken);
    }

    /// <param name="userId">The member's own login (the logged-in user).</param>
    /// <param name="historyBefore">The page of the history after this event; null for the newest.</param>
    public async Task<PreferencesViewModel?> RunAsync(Guid memberId, Guid userId, long? historyBefore, CancellationToken cancellationToken) =>
        await profiles.ForMemberAsync(memberId, cancellationToken) is { IsErased: false } profile
            ? await ViewAsync(memberId, profile, userId, historyBefore, cancellationToken)
            : null;

    private async Task<PreferencesViewModel> ViewAsync(Guid memberId, MarketingProfile profile, Guid userId, long? historyBefore, CancellationToken cancellationToken)
    {
        var offer = await catalogue.LoadAsync(cancellationToken);
        // The boxes show the member's own choices; restriction or objection is explained above them instead.
        var unblocked = profile with { IsRestricted = false, ObjectsToDirectMarketing = false, IsSuppressed = false };
        var channels = MarketingPermissions.Channels.Select(channel =>
        {
            var subject = ConsentSubject.ForChannel(channel);
            var permission = MarketingPermissions.ForChannel(unblocked, channel);
            return new PreferenceChoice(subject.Key, ConsentWords.Channel(channel), null, permission.Allowed,
                ConsentWords.ForMember(channel, permission), offer.WordingFor(subject));
        }).ToList();

        var blocked = MarketingPermissions.ForChannel(profile, MarketingChannel.Post);
        return new PreferencesViewModel(
            channels,
            offer.Topics.Select(t => Optional(t, profile, offer)).ToList(),
            offer.ThirdParties.Select(p => Optional(p, profile, offer)).ToList(),
            profile.Choices.Keys.Any(k => k.StartsWith(ConsentSubject.TopicPrefix, StringComparison.Ordinal)),
            blocked.IsBlocked ? ConsentWords.ForMember(MarketingChannel.Post, blocked) : null,
            await timeline.RunAsync(memberId, userId, historyBefore, cancellationToken));
    }

    /// <summary>Topics and partners are ticked only when the member ticked them.</summary>
    private static PreferenceChoice Optional(OfferedSubject offered, MarketingProfile profile, MarketingOffer offer)
    {
        var choice = profile.ChoiceFor(offered.Subject);
        var basis = choice switch
        {
            { Granted: true } => $"You chose this on {Domain.UkTime.Format(Domain.UkTime.DateOf(choice.At))}",
            { Granted: false } => $"You said no on {Domain.UkTime.Format(Domain.UkTime.DateOf(choice.At))}",
            _ => null,
        };
        return new PreferenceChoice(offered.Subject.Key, offered.Name, string.IsNullOrWhiteSpace(offered.Description) ? null : offered.Description,
            choice is { Granted: true }, basis, offer.WordingFor(offered.Subject));
    }
}
