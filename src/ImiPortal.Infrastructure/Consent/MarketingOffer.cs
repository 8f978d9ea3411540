using ImiPortal.Domain.Consent;

namespace ImiPortal.Infrastructure.Consent;

/// <summary>The choices on offer and the latest text of each statement, by wording key.</summary>
public sealed record MarketingOffer(
    IReadOnlyList<OfferedSubject> Channels,
    IReadOnlyList<OfferedSubject> Topics,
    IReadOnlyList<OfferedSubject> ThirdParties,
    IReadOnlyDictionary<string, string> Wordings)
{
    public IEnumerable<OfferedSubject> All => Channels.Concat(Topics).Concat(ThirdParties);

    public string WordingFor(ConsentSubject subject) => Wordings.GetValueOrDefault(ConsentWordings.KeyFor(subject), "");
}
