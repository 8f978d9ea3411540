using ImiPortal.Domain.Consent;

namespace ImiPortal.Infrastructure.Data.Seeding;

/// <summary>The first versions of the statements shown beside each marketing choice.</summary>
public static class ConsentWordingSeeds
{
    public static string ChannelKey(MarketingChannel channel) => "marketing.channel." + channel.ToString().ToUpperInvariant();

    public const string TopicKey = "marketing.topic";
    public const string ThirdPartyKey = "marketing.third-party";
    public const string UnsubscribeKey = "marketing.unsubscribe";

    public static IReadOnlyList<(string Key, string Text)> All { get; } =
    [
        (ChannelKey(MarketingChannel.Email), "Email me news, offers and information about IMI products, services and events. You can change your mind at any time in MyIMI or with the unsubscribe link in every email."),
        (ChannelKey(MarketingChannel.Sms), "Send me text messages about IMI products, services and events. You can change your mind at any time in MyIMI."),
        (ChannelKey(MarketingChannel.Post), "IMI may write to me by post about its products, services and events unless I tell it not to."),
        (ChannelKey(MarketingChannel.Phone), "IMI may phone me about its products, services and events unless I tell it not to. IMI never calls a number on the Telephone Preference Service unless I said I do not object."),
        (TopicKey, "Tell me about this subject on the channels I have agreed to."),
        (ThirdPartyKey, "Share my name and contact details with the organisation named here so that it can send me its own marketing. IMI never sells your data."),
        (UnsubscribeKey, "Unsubscribe me from all marketing email from IMI."),
    ];
}
