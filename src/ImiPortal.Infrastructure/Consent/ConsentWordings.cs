using ImiPortal.Domain.Consent;
using ImiPortal.Infrastructure.Data.Seeding;

namespace ImiPortal.Infrastructure.Consent;

/// <summary>Which versioned statement belongs to which kind of choice.</summary>
public static class ConsentWordings
{
    public static string KeyFor(ConsentSubject subject) => subject.Kind switch
    {
        ConsentSubjectKind.Channel => ConsentWordingSeeds.ChannelKey(subject.Channel!.Value),
        ConsentSubjectKind.Topic => ConsentWordingSeeds.TopicKey,
        _ => ConsentWordingSeeds.ThirdPartyKey,
    };
}
