using ImiPortal.Domain.Consent;
using ImiPortal.Infrastructure.Consent;
using ImiPortal.Web.Models.Marketing;

namespace ImiPortal.Web.Handlers.Marketing;

/// <summary>Records what the member changed on the preferences page: each box whose state differs from when the page was shown.</summary>
public sealed class SavePreferencesHandler(MarketingCatalogue catalogue, ConsentLedger ledger)
{
    /// <returns>How many choices changed.</returns>
    public async Task<int> HandleAsync(Guid memberId, Guid userId, PreferencesInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var offer = await catalogue.LoadAsync(cancellationToken);
        var chosen = input.Chosen.ToHashSet(StringComparer.Ordinal);
        var shown = input.Shown.ToHashSet(StringComparer.Ordinal);
        var changes = offer.All
            .Where(o => chosen.Contains(o.Subject.Key) != shown.Contains(o.Subject.Key))
            .Select(o => new ConsentChange(o.Subject, chosen.Contains(o.Subject.Key)))
            .ToList();
        if (changes.Count == 0)
        {
            return 0;
        }

        var result = await ledger.RecordAsync(new ConsentRecord(memberId, changes, ConsentSource.MyImiForm) { ActorUserId = userId }, cancellationToken);
        return result.Events.Count;
    }
}
