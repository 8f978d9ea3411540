using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Processing;
using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ImiPortal.Infrastructure.Consent;

/// <summary>
/// What members may choose today: the four channels, the active topics, the active named marketing partners, and the
/// latest statements; and the names of every topic and partner, for histories. This is reference data that only a
/// deployment changes (the reference-data seeder), so it is kept in memory for <see cref="Lifetime"/> rather than read
/// on every page view (ADR-015). The seeder, and anything else that changes it, calls <see cref="Forget"/>.
/// </summary>
public sealed class MarketingCatalogue(PortalDbContext db, IMemoryCache cache)
{
    /// <summary>How long another instance, or a change made straight in the database, can take to show.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private static readonly object OfferKey = new();
    private static readonly object NamesKey = new();

    public async Task<MarketingOffer> LoadAsync(CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(OfferKey, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return ReadOfferAsync(cancellationToken);
        }))!;

    /// <summary>Every topic and marketing partner by id, offered or not: a history names what was chosen then.</summary>
    public async Task<SubjectNames> NamesAsync(CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(NamesKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            var topics = await db.MarketingTopics.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
            var partners = await db.Recipients.AsNoTracking().Where(r => r.Kind == RecipientKind.MarketingThirdParty)
                .ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
            return new SubjectNames(topics, partners);
        }))!;

    /// <summary>After topics, partners or statements change: the next page reads them again.</summary>
    public void Forget()
    {
        cache.Remove(OfferKey);
        cache.Remove(NamesKey);
    }

    private async Task<MarketingOffer> ReadOfferAsync(CancellationToken cancellationToken)
    {
        var topics = await db.MarketingTopics.AsNoTracking()
            .Where(t => t.IsActive)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new OfferedSubject(ConsentSubject.ForTopic(t.Id), t.Name, t.Description))
            .ToListAsync(cancellationToken);
        var partners = await db.Recipients.AsNoTracking()
            .Where(r => r.Kind == RecipientKind.MarketingThirdParty && r.IsActive)
            .OrderBy(r => r.Name)
            .Select(r => new OfferedSubject(ConsentSubject.ForThirdParty(r.Id), r.Name, r.Description))
            .ToListAsync(cancellationToken);
        var wordings = await db.ConsentWordings.AsNoTracking()
            .Select(w => new { w.Key, w.Version, w.Text })
            .ToListAsync(cancellationToken);
        var latest = wordings.GroupBy(w => w.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(w => w.Version)!.Text, StringComparer.Ordinal);
        var channels = MarketingPermissions.Channels.Select(c => new OfferedSubject(ConsentSubject.ForChannel(c), c.ToString(), "")).ToList();
        return new MarketingOffer(channels, topics, partners, latest);
    }
}

/// <summary>Names of topics and marketing partners by id.</summary>
public sealed record SubjectNames(IReadOnlyDictionary<int, string> Topics, IReadOnlyDictionary<int, string> Partners);
