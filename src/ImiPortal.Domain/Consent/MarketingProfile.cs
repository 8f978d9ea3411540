namespace ImiPortal.Domain.Consent;

/// <summary>
/// What the marketing rules need to know about one member: the flags that stop all marketing, whether they
/// bought from IMI (soft opt-in), which contact details exist, and their recorded choices by subject key.
/// </summary>
public sealed record MarketingProfile
{
    public bool IsErased { get; init; }

    public bool IsRestricted { get; init; }

    public bool ObjectsToDirectMarketing { get; init; }

    /// <summary>The member's email or phone matches the suppression list of an earlier erasure.</summary>
    public bool IsSuppressed { get; init; }

    /// <summary>An order exists: the member bought from IMI, so the email and SMS soft opt-in applies.</summary>
    public bool HasPurchased { get; init; }

    public bool HasEmail { get; init; }

    public bool HasPhone { get; init; }

    public bool HasPostalAddress { get; init; }

    /// <summary>Recorded choices keyed by <see cref="ConsentSubject.Key"/>; a subject without a choice is absent.</summary>
    public IReadOnlyDictionary<string, ConsentChoice> Choices { get; init; } = new Dictionary<string, ConsentChoice>(StringComparer.Ordinal);

    public ConsentChoice? ChoiceFor(ConsentSubject subject) => Choices.GetValueOrDefault(subject.Key);
}
