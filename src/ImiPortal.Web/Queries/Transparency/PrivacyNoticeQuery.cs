using ImiPortal.Domain;
using ImiPortal.Domain.Transparency;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Web.Models.Transparency;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Queries.Transparency;

/// <summary>The privacy notice for the public page, the change summaries for members, and the version list for staff.</summary>
public sealed class PrivacyNoticeQuery(PortalDbContext db)
{
    /// <summary>The given version, or the current one; null when there is no such version.</summary>
    public async Task<PrivacyNoticeViewModel?> RunAsync(int? version, CancellationToken cancellationToken)
    {
        var versions = await VersionsAsync(cancellationToken);
        if (versions.Count == 0)
        {
            return null;
        }

        var wanted = version ?? versions[0].Version;
        var notice = await db.PrivacyNoticeVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Version == wanted, cancellationToken);
        return notice is null ? null : new PrivacyNoticeViewModel(
            notice.Version, versions[0].Version, UkTime.Format(UkTime.DateOf(notice.PublishedAt)), NoticeText.Parse(notice.Body), versions);
    }

    /// <summary>All versions, newest first, with who published each (staff see the email; null for the seeded version).</summary>
    public async Task<IReadOnlyList<NoticeVersionView>> VersionsAsync(CancellationToken cancellationToken)
    {
        var rows = await (
                from v in db.PrivacyNoticeVersions.AsNoTracking()
                join u in db.Users on v.PublishedByUserId equals u.Id into us
                from u in us.DefaultIfEmpty()
                orderby v.Version descending
                select new { v.Version, v.PublishedAt, v.SummaryOfChanges, By = u == null ? null : u.Email })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(v => new NoticeVersionView(v.Version, UkTime.Format(UkTime.DateOf(v.PublishedAt)), v.SummaryOfChanges, v.By))];
    }

    public async Task<string> CurrentBodyAsync(CancellationToken cancellationToken) =>
        await db.PrivacyNoticeVersions.AsNoTracking().OrderByDescending(v => v.Version).Select(v => v.Body).FirstOrDefaultAsync(cancellationToken) ?? "";
}
