using ImiPortal.Domain.Consent;
using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Consent;

/// <summary>Loads what <see cref="MarketingPermissions"/> needs to decide for one member.</summary>
public sealed class MarketingProfiles(PortalDbContext db)
{
    // Read on every preferences page and save: compiled once (issue #11). The contact-detail tests are the same
    // expressions as the audience export's.
    private static readonly CompiledPerModel<Func<PortalDbContext, Guid, CancellationToken, Task<Facts?>>> FactsQuery =
        new(() => EF.CompileAsyncQuery((PortalDbContext db, Guid memberId, CancellationToken _) => db.Members.AsNoTracking()
            .Where(m => m.Id == memberId)
            .Select(m => new Facts(
                m.ErasedAt,
                m.IsRestricted,
                m.ObjectsToDirectMarketing,
                m.IsMarketingSuppressed,
                db.Orders.Any(o => o.MemberId == m.Id),
                m.Email != "",
                m.Phone != null && m.Phone != "",
                m.Addresses.Any()))
            .SingleOrDefault()));

    private static readonly CompiledPerModel<Func<PortalDbContext, Guid, IAsyncEnumerable<ConsentState>>> StatesQuery =
        new(() => EF.CompileAsyncQuery((PortalDbContext db, Guid memberId) => db.ConsentStates.AsNoTracking().Where(s => s.MemberId == memberId)));

    public async Task<MarketingProfile?> ForMemberAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var facts = await FactsQuery.For(db)(db, memberId, cancellationToken);
        if (facts is null)
        {
            return null;
        }

        var choices = new Dictionary<string, ConsentChoice>(StringComparer.Ordinal);
        await foreach (var state in StatesQuery.For(db)(db, memberId).WithCancellation(cancellationToken))
        {
            choices.Add(state.SubjectKey, new ConsentChoice(state.Granted, state.Basis, state.UpdatedAt));
        }

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

    private sealed record Facts(
        DateTime? ErasedAt, bool IsRestricted, bool ObjectsToDirectMarketing, bool IsMarketingSuppressed,
        bool HasPurchased, bool HasEmail, bool HasPhone, bool HasPostalAddress);
}
