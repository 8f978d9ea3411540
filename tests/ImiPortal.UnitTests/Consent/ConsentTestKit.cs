using ImiPortal.Domain.Consent;

namespace ImiPortal.UnitTests.Consent;

/// <summary>Builds profiles from short descriptions, so that rule tables stay readable.</summary>
internal static class ConsentTestKit
{
    public static readonly DateTime Agreed = new(2026, 3, 3, 14, 5, 0, DateTimeKind.Utc);

    /// <summary>
    /// <paramref name="facts"/>: space-separated words among bought, restricted, objected, erased, suppressed, no-email,
    /// no-phone, no-address (a profile has every contact detail unless told otherwise).
    /// <paramref name="choices"/>: space-separated "key=yes|no", e.g. "channel:Email=no topic:1=yes".
    /// </summary>
    public static MarketingProfile Profile(string facts = "", string choices = "")
    {
        var words = facts.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = words.Except(["bought", "restricted", "objected", "erased", "suppressed", "no-email", "no-phone", "no-address"]).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown fact(s): {string.Join(", ", unknown)}", nameof(facts));
        }

        var recorded = choices.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.Split('='))
            .ToDictionary(
                p => ConsentSubject.TryParse(p[0], out var subject) ? subject.Key : throw new ArgumentException($"Bad key {p[0]}", nameof(choices)),
                p => new ConsentChoice(p[1] == "yes", p[1] == "yes" ? ConsentBasis.Consent : ConsentBasis.LegitimateInterests, Agreed),
                StringComparer.Ordinal);
        return new MarketingProfile
        {
            HasPurchased = words.Contains("bought"),
            IsRestricted = words.Contains("restricted"),
            ObjectsToDirectMarketing = words.Contains("objected"),
            IsSuppressed = words.Contains("suppressed"),
            IsErased = words.Contains("erased"),
            HasEmail = !words.Contains("no-email"),
            HasPhone = !words.Contains("no-phone"),
            HasPostalAddress = !words.Contains("no-address"),
            Choices = recorded,
        };
    }
}
