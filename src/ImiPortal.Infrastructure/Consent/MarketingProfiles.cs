using ImiPortal.Domain.Consent;
using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Consent;

/// <summary>Loads what <see cref="MarketingPermissions"/> needs to decide for one member.</summary>
public sealed class MarketingProfiles(PortalDbContext db)
{
    public async Task<MarketingProfile?> ForMemberAsync(Guid memberId, CancellationToken cancellationToken)
    {
        // The contact-detail tests are the same expressions as the audience export's.
        var facts = await db.Members.AsNoTracking()
            .Where(m => m.Id == memberId)
            .Select(m => new
            {
                m.ErasedAt,
                m.IsRestricted,
                m.ObjectsToDirectMarketing,
                m.IsMarketingSuppressed,
                HasPurchased = db.Orders.Any(o => o.MemberId == m.Id),
                HasEmail = m.Email != "",
                HasPhone = m.Phone != null && m.Phone != "",
                HasPostalAddress = m.Addresses.Any(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (facts is null)
        {
            return null;
        }

        var choices = await db.ConsentStates.AsNoTracking()
            .Where(s => s.MemberId == memberId)
            .ToDictionaryAsync(s => s.SubjectKey, s => new ConsentChoice(s.Granted, s.Basis, s.UpdatedAt), StringComparer.Ordinal, cancellationToken);
        return new MarketingProfile
        {
            IsErased = facts.ErasedAt is not null,
            IsRestricted = facts.IsRestricted,
            ObjectsToDirectMarketing = facts.ObjectsToDirectMarketing,
            IsSuppressed = facts.IsMarketingSuppressed,
            HasPurchased = facts.HasPurchased,
            HasEmail = facts.HasEmail,
            HasPhone = facts.HasPhone,
            HasPostalAddress = facts.HasPostalAddress,
            Choices = choices,
        };
    }
}
