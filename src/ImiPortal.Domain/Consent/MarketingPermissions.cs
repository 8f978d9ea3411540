namespace ImiPortal.Domain.Consent;

/// <summary>
/// The marketing rules (PECR and UK GDPR; the policy's "Marketing" section), without I/O. The audience
/// export applies the same rules in SQL, and a test keeps the two equal.
/// <list type="bullet">
/// <item>Erased, objecting, restricted or suppressed members get nothing, on any channel, whatever they chose.</item>
/// <item>A recorded choice decides: granted opens the channel, withdrawn closes it (so a refusal beats the soft opt-in).</item>
/// <item>Without a choice: email and SMS are closed unless the member bought from IMI (soft opt-in); post and phone are open (legitimate interests).</item>
/// <item>Topics filter what is sent on an open channel: a member who never chose a topic hears about all of them; once they have chosen, only the topics they ticked.</item>
/// <item>Sharing with a third party for its marketing needs express consent naming that party.</item>
/// </list>
/// </summary>
public static class MarketingPermissions
{
    public static IReadOnlyList<MarketingChannel> Channels { get; } = [MarketingChannel.Email, MarketingChannel.Sms, MarketingChannel.Post, MarketingChannel.Phone];

    /// <summary>Email and SMS are electronic mail under PECR: consent or the soft opt-in.</summary>
    public static bool NeedsConsent(MarketingChannel channel) => channel is MarketingChannel.Email or MarketingChannel.Sms;

    /// <summary>The basis a channel has when the member has made no choice, or null when it is closed without one.</summary>
    public static ConsentBasis? BasisWithoutChoice(MarketingChannel channel, bool hasPurchased) =>
        !NeedsConsent(channel) ? ConsentBasis.LegitimateInterests
        : hasPurchased ? ConsentBasis.SoftOptIn
        : null;

    public static ChannelPermission ForChannel(MarketingProfile profile, MarketingChannel channel)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (Block(profile) is { } blocked)
        {
            return new ChannelPermission(false, blocked, null, null);
        }

        if (profile.ChoiceFor(ConsentSubject.ForChannel(channel)) is { } choice)
        {
            return choice.Granted
                ? new ChannelPermission(true, PermissionReason.Consented, choice.Basis, choice.At)
                : new ChannelPermission(false, PermissionReason.OptedOut, null, choice.At);
        }

        return BasisWithoutChoice(channel, profile.HasPurchased) switch
        {
            ConsentBasis.LegitimateInterests => new ChannelPermission(true, PermissionReason.LegitimateInterests, ConsentBasis.LegitimateInterests, null),
            ConsentBasis.SoftOptIn => new ChannelPermission(true, PermissionReason.SoftOptIn, ConsentBasis.SoftOptIn, null),
            _ => new ChannelPermission(false, PermissionReason.NoConsent, null, null),
        };
    }

    /// <summary>Whether the member wants to hear about a topic (on the channels open to them).</summary>
    public static bool WantsTopic(MarketingProfile profile, int topicId)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.ChoiceFor(ConsentSubject.ForTopic(topicId)) is { } choice)
        {
            return choice.Granted;
        }

        return !profile.Choices.Keys.Any(k => k.StartsWith(ConsentSubject.TopicPrefix, StringComparison.Ordinal));
    }

    /// <summary>Whether IMI may pass the member's details to this named third party for its own marketing.</summary>
    public static bool MayShareWith(MarketingProfile profile, int recipientId)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Block(profile) is null && profile.ChoiceFor(ConsentSubject.ForThirdParty(recipientId)) is { Granted: true };
    }

    public static bool HasContactPoint(MarketingProfile profile, MarketingChannel channel)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return channel switch
        {
            MarketingChannel.Email => profile.HasEmail,
            MarketingChannel.Sms or MarketingChannel.Phone => profile.HasPhone,
            MarketingChannel.Post => profile.HasPostalAddress,
            _ => false,
        };
    }

    /// <summary>The audience rule: the channel is open, the member wants the topic, and we hold the contact detail the channel needs.</summary>
    public static bool MayContact(MarketingProfile profile, MarketingChannel channel, int topicId) =>
        ForChannel(profile, channel).Allowed && WantsTopic(profile, topicId) && HasContactPoint(profile, channel);

    private static PermissionReason? Block(MarketingProfile profile) =>
        profile.IsErased ? PermissionReason.Erased
        : profile.ObjectsToDirectMarketing ? PermissionReason.ObjectedToDirectMarketing
        : profile.IsRestricted ? PermissionReason.Restricted
        : profile.IsSuppressed ? PermissionReason.Suppressed
        : null;
}
