using ImiPortal.Domain.Transparency;
using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Transparency;

/// <summary>
/// Which versions of the privacy notice a member has not yet seen, and the record that they have.
/// Registration counts as seeing the version current at the time: a member's first visit records it silently.
/// </summary>
public sealed class PrivacyNotices(PortalDbContext db, TimeProvider time)
{
    public Task<PrivacyNoticeVersion?> CurrentAsync(CancellationToken cancellationToken) =>
        db.PrivacyNoticeVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The versions published since the member last saw the notice, oldest first; empty when up to date.</summary>
    public async Task<IReadOnlyList<PrivacyNoticeVersion>> UnseenByAsync(Guid userId, CancellationToken cancellationToken)
    {
        var versions = await db.PrivacyNoticeVersions.AsNoTracking()
            .OrderBy(v => v.Version)
            .Select(v => new PrivacyNoticeVersion { Id = v.Id, Version = v.Version, PublishedAt = v.PublishedAt, SummaryOfChanges = v.SummaryOfChanges })
            .ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            return [];
        }

        var seen = await db.NoticeAcknowledgements.Where(a => a.UserId == userId).MaxAsync(a => (int?)a.Version, cancellationToken);
        if (seen is null)
        {
            var registeredAt = await db.Users.Where(u => u.Id == userId).Select(u => u.CreatedAt).FirstAsync(cancellationToken);
            // Members who registered before the first notice was published here saw the same policy on the website.
            seen = versions.LastOrDefault(v => v.PublishedAt <= registeredAt)?.Version ?? versions[0].Version;
            if (seen == versions[^1].Version)
            {
                await RecordAsync(userId, seen.Value, cancellationToken);
            }
        }

        return [.. versions.Where(v => v.Version > seen)];
    }

    /// <summary>Records that the member has read the notice up to <paramref name="version"/> (idempotent).</summary>
    public async Task AcknowledgeAsync(Guid userId, int version, CancellationToken cancellationToken)
    {
        if (await db.PrivacyNoticeVersions.AnyAsync(v => v.Version == version, cancellationToken)
            && !await db.NoticeAcknowledgements.AnyAsync(a => a.UserId == userId && a.Version == version, cancellationToken))
        {
            await RecordAsync(userId, version, cancellationToken);
        }
    }

    private async Task RecordAsync(Guid userId, int version, CancellationToken cancellationToken)
    {
        var memberId = await db.Members.Where(m => m.UserId == userId).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);
        db.NoticeAcknowledgements.Add(new NoticeAcknowledgement { UserId = userId, MemberId = memberId, Version = version, SeenAt = time.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two tabs acknowledged at once: the unique index kept one row, which is all that is needed.
            db.ChangeTracker.Clear();
        }
    }
}
