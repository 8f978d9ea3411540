using ImiPortal.Domain.Transparency;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Data.Seeding;

/// <summary>Version 1 of the privacy notice: the IMI privacy policy as published, shipped with the portal.</summary>
public static class PrivacyNoticeSeeds
{
    public const string ResourceName = "ImiPortal.Infrastructure.Data.Seeding.privacy-notice-v1.txt";

    public const string FirstVersionSummary = "The IMI privacy policy, published in MyIMI for the first time.";

    public static string FirstVersionBody()
    {
        using var stream = typeof(PrivacyNoticeSeeds).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The privacy notice is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Adds version 1 when no version exists; published versions are never touched.</summary>
    public static async Task SeedAsync(PortalDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.PrivacyNoticeVersions.AnyAsync(cancellationToken))
        {
            return;
        }

        db.PrivacyNoticeVersions.Add(new PrivacyNoticeVersion { Version = 1, PublishedAt = now, SummaryOfChanges = FirstVersionSummary, Body = FirstVersionBody() });
        await db.SaveChangesAsync(cancellationToken);
    }
}
