using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Processing;
using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Consent;

/// <summary>What members may choose today: the four channels, the active topics, the active named marketing partners, and the latest statements.</summary>
public sealed class MarketingCatalogue(PortalDbContext db)
{
    public async Task<MarketingOffer> LoadAsync(CancellationToken cancellationToken)
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
