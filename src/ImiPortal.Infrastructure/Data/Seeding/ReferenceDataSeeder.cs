using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Processing;
using ImiPortal.Infrastructure.Consent;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Data.Seeding;

/// <summary>
/// Adds the reference data every environment needs (categories, recipients, purposes, topics, consent
/// wording). Only what is missing is added, so edits made by the privacy officer are never overwritten.
/// </summary>
public sealed class ReferenceDataSeeder(PortalDbContext db, MarketingCatalogue catalogue, TimeProvider time)
{
    private static readonly string[] DefaultTopics = ["IMI news and events", "Training and qualifications", "Member benefits"];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;

        var categoryIds = await db.DataCategories.Select(c => c.Id).ToListAsync(cancellationToken);
        db.DataCategories.AddRange(PolicyCategories.All.Where(c => !categoryIds.Contains(c.Id))
            .Select(c => new PersonalDataCategory { Id = c.Id, Name = c.Name, Description = c.Description, IsSpecial = c.IsSpecial }));

        var recipientNames = await db.Recipients.Select(r => r.Name).ToListAsync(cancellationToken);
        db.Recipients.AddRange(RecipientSeeds.All.Where(r => !recipientNames.Contains(r.Name)).Select(r => new Recipient
        {
            Name = r.Name, Kind = r.Kind, Description = r.Description,
            TransferCountries = r.TransferCountries, TransferSafeguard = r.TransferSafeguard,
        }));

        var topicNames = await db.MarketingTopics.Select(t => t.Name).ToListAsync(cancellationToken);
        db.MarketingTopics.AddRange(DefaultTopics.Select((name, i) => (name, i)).Where(t => !topicNames.Contains(t.name))
            .Select(t => new MarketingTopic { Name = t.name, SortOrder = t.i }));

        var wordingKeys = await db.ConsentWordings.Select(w => w.Key).Distinct().ToListAsync(cancellationToken);
        db.ConsentWordings.AddRange(ConsentWordingSeeds.All.Where(w => !wordingKeys.Contains(w.Key))
            .Select(w => new ConsentWording { Key = w.Key, Version = 1, Text = w.Text, PublishedAt = now }));

        await db.SaveChangesAsync(cancellationToken);
        catalogue.Forget();
        await SeedPurposesAsync(now, cancellationToken);
        await PrivacyNoticeSeeds.SeedAsync(db, now, cancellationToken);
    }

    private async Task SeedPurposesAsync(DateTime now, CancellationToken cancellationToken)
    {
        var existing = await db.ProcessingPurposes.Select(p => p.Key).ToListAsync(cancellationToken);
        var recipients = await db.Recipients.ToDictionaryAsync(r => r.Name, r => r.Id, cancellationToken);
        foreach (var seed in PolicyPurposes.All.Where(p => !existing.Contains(p.Key)))
        {
            var purpose = new ProcessingPurpose
            {
                Key = seed.Key,
                Name = seed.Name,
                Description = seed.Name,
                DataSubjects = seed.DataSubjects,
                LegitimateInterest = seed.LegitimateInterest,
                RetentionMonths = PolicyPurposes.SevenYears,
                RetentionNote = "Seven years after the date the data was collected, unless a different retention period applies.",
                SecurityMeasures = PolicyPurposes.SecurityMeasures,
                UpdatedAt = now,
            };
            purpose.Categories.AddRange(seed.Categories.Select(c => new PurposeCategory { Category = c }));
            purpose.LawfulBases.AddRange(seed.Bases.Select(b => new PurposeLawfulBasis { Basis = b }));
            purpose.Recipients.AddRange(seed.RecipientNames.Select(n => new PurposeRecipient { RecipientId = recipients[n] }));
            db.ProcessingPurposes.Add(purpose);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
