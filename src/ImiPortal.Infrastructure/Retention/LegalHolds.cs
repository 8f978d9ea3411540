using ImiPortal.Domain.Retention;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Retention;

/// <summary>Places and releases legal holds; both are audited. A member under a hold is kept out of the retention
/// sweep and cannot be erased.</summary>
public sealed class LegalHolds(PortalDbContext db, IAuditLog audit, TimeProvider time)
{
    /// <summary>Places a hold; returns false when no such member exists.</summary>
    public async Task<bool> PlaceAsync(string membershipNumber, string reference, string reason, Guid actorUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membershipNumber);
        var number = membershipNumber.Trim().ToUpperInvariant();
        var memberId = await db.Members.Where(m => m.MembershipNumber == number && m.ErasedAt == null).Select(m => (Guid?)m.Id).SingleOrDefaultAsync(cancellationToken);
        if (memberId is null)
        {
            return false;
        }

        var hold = new LegalHold
        {
            MemberId = memberId.Value,
            Reference = reference.Trim(),
            Reason = reason.Trim(),
            PlacedAt = time.GetUtcNow().UtcDateTime,
            PlacedByUserId = actorUserId,
        };
        db.LegalHolds.Add(hold);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("member.legal-hold.placed", memberId, "LegalHold", hold.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Releases an active hold; returns false when there is none with that id.</summary>
    public async Task<bool> ReleaseAsync(long id, Guid actorUserId, CancellationToken cancellationToken)
    {
        var hold = await db.LegalHolds.SingleOrDefaultAsync(h => h.Id == id && h.ReleasedAt == null, cancellationToken);
        if (hold is null)
        {
            return false;
        }

        hold.ReleasedAt = time.GetUtcNow().UtcDateTime;
        hold.ReleasedByUserId = actorUserId;
        audit.Record("member.legal-hold.released", hold.MemberId, "LegalHold", id.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
