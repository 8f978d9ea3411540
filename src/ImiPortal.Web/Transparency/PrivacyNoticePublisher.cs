using ImiPortal.Domain.Transparency;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Web.Models.Transparency;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Transparency;

/// <summary>Publishes a new version of the privacy notice. Earlier versions stay as they were published.</summary>
public sealed class PrivacyNoticePublisher(PortalDbContext db, IAuditLog audit, TimeProvider time)
{
    /// <summary>The new version number, or null when the text is the same as the current version.</summary>
    public async Task<int?> PublishAsync(NoticePublishInput input, Guid publisherUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var body = input.Body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n";
        var current = await db.PrivacyNoticeVersions.AsNoTracking().OrderByDescending(v => v.Version)
            .Select(v => new { v.Version, v.Body }).FirstOrDefaultAsync(cancellationToken);
        if (current is not null && current.Body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() == body.Trim())
        {
            return null;
        }

        var version = (current?.Version ?? 0) + 1;
        db.PrivacyNoticeVersions.Add(new PrivacyNoticeVersion
        {
            Version = version,
            PublishedAt = time.GetUtcNow().UtcDateTime,
            SummaryOfChanges = input.SummaryOfChanges.Trim(),
            Body = body,
            PublishedByUserId = publisherUserId,
        });
        audit.Record("privacy-notice.published", null, nameof(PrivacyNoticeVersion), version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The unique index on Version refuses a second publication of the same number made at the same moment.
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }
}
