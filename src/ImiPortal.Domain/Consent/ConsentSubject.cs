using System.Globalization;

namespace ImiPortal.Domain.Consent;

/// <summary>
/// What one consent choice is about: a channel, a topic or a named third party. Its <see cref="Key"/>
/// ("channel:Email", "topic:3", "third-party:5") identifies the row of <see cref="ConsentState"/>.
/// </summary>
public readonly record struct ConsentSubject
{
    public const string ChannelPrefix = "channel:";
    public const string TopicPrefix = "topic:";
    public const string ThirdPartyPrefix = "third-party:";

    private ConsentSubject(ConsentSubjectKind kind, MarketingChannel? channel, int? topicId, int? recipientId)
    {
        Kind = kind;
        Channel = channel;
        TopicId = topicId;
        RecipientId = recipientId;
    }

    public ConsentSubjectKind Kind { get; }

    public MarketingChannel? Channel { get; }

    public int? TopicId { get; }

    public int? RecipientId { get; }

    public string Key => Kind switch
    {
        ConsentSubjectKind.Channel => ChannelPrefix + Channel,
        ConsentSubjectKind.Topic => TopicPrefix + TopicId!.Value.ToString(CultureInfo.InvariantCulture),
        _ => ThirdPartyPrefix + RecipientId!.Value.ToString(CultureInfo.InvariantCulture),
    };

    public static ConsentSubject ForChannel(MarketingChannel channel) =>
        Enum.IsDefined(channel) ? new(ConsentSubjectKind.Channel, channel, null, null) : throw new ArgumentOutOfRangeException(nameof(channel));

    public static ConsentSubject ForTopic(int topicId) =>
        topicId > 0 ? new(ConsentSubjectKind.Topic, null, topicId, null) : throw new ArgumentOutOfRangeException(nameof(topicId));

    public static ConsentSubject ForThirdParty(int recipientId) =>
        recipientId > 0 ? new(ConsentSubjectKind.ThirdParty, null, null, recipientId) : throw new ArgumentOutOfRangeException(nameof(recipientId));

    /// <summary>Reads a key written by <see cref="Key"/>; anything else is refused.</summary>
    public static bool TryParse(string? key, out ConsentSubject subject)
    {
        subject = default;
        if (key is null)
        {
            return false;
        }

        if (key.StartsWith(ChannelPrefix, StringComparison.Ordinal))
        {
            var name = key[ChannelPrefix.Length..];
            if (name.Length > 0 && char.IsAsciiLetterUpper(name[0]) && name.All(char.IsAsciiLetter) && Enum.TryParse<MarketingChannel>(name, ignoreCase: false, out var channel) && Enum.IsDefined(channel))
            {
                subject = ForChannel(channel);
                return true;
            }

            return false;
        }

        if (key.StartsWith(TopicPrefix, StringComparison.Ordinal) && TryParseId(key[TopicPrefix.Length..], out var topicId))
        {
            subject = ForTopic(topicId);
            return true;
        }

        if (key.StartsWith(ThirdPartyPrefix, StringComparison.Ordinal) && TryParseId(key[ThirdPartyPrefix.Length..], out var recipientId))
        {
            subject = ForThirdParty(recipientId);
            return true;
        }

        return false;
    }

    public override string ToString() => Key;

    private static bool TryParseId(string text, out int id) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0 && text[0] != '0';
}
