using ImiPortal.Domain.Processing;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Web.Models.Transparency;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Transparency;

/// <summary>
/// Changes one entry of the record of processing. Every change keeps the previous version (a snapshot with who,
/// when and why), moves the version on, and is refused when someone else saved in between.
/// </summary>
public sealed class ProcessingRegisterEditor(PortalDbContext db, IAuditLog audit, TimeProvider time)
{
    public async Task<PurposeEditStatus> SaveAsync(int purposeId, PurposeEditInput input, Guid editorUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var purpose = await db.ProcessingPurposes
            .Include(p => p.Categories).Include(p => p.LawfulBases).Include(p => p.Recipients)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == purposeId, cancellationToken);
        if (purpose is null)
        {
            return PurposeEditStatus.NotFound;
        }

        if (purpose.Version != input.Version)
        {
            return PurposeEditStatus.Conflict;
        }

        var recipients = await db.Recipients.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        if (input.RecipientIds.Exists(id => !recipients.ContainsKey(id)))
        {
            return PurposeEditStatus.UnknownRecipient;
        }

        var before = PurposeSnapshot.Of(purpose, recipients);
        Apply(purpose, input);
        var changed = before.ChangedFields(PurposeSnapshot.Of(purpose, recipients));
        if (changed.Count == 0)
        {
            return PurposeEditStatus.NothingChanged;
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.ProcessingPurposeVersions.Add(new ProcessingPurposeVersion
        {
            PurposeId = purpose.Id,
            Version = purpose.Version,
            Snapshot = before.ToJson(),
            ChangedFields = string.Join(", ", changed),
            ChangeNote = input.ChangeNote.Trim(),
            ChangedByUserId = editorUserId,
            ChangedAt = now,
        });
        db.Entry(purpose).Property(p => p.Version).OriginalValue = input.Version;
        purpose.Version = input.Version + 1;
        purpose.UpdatedAt = now;
        audit.Record("processing.purpose-updated", null, nameof(ProcessingPurpose), purpose.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"version={purpose.Version}; fields={string.Join(",", changed)}");

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return PurposeEditStatus.Saved;
        }
        catch (DbUpdateException)
        {
            // A concurrency conflict, or the (purpose, version) index refusing a second save of the same version.
            db.ChangeTracker.Clear();
            return PurposeEditStatus.Conflict;
        }
    }

    private static void Apply(ProcessingPurpose purpose, PurposeEditInput input)
    {
        purpose.Name = input.Name.Trim();
        purpose.Description = input.Description.Trim();
        purpose.DataSubjects = input.DataSubjects.Trim();
        purpose.LegitimateInterest = string.IsNullOrWhiteSpace(input.LegitimateInterest) ? null : input.LegitimateInterest.Trim();
        purpose.RetentionMonths = input.RetentionMonths;
        purpose.RetentionNote = input.RetentionNote.Trim();
        purpose.SecurityMeasures = input.SecurityMeasures.Trim();

        var categories = input.Categories.Distinct().ToHashSet();
        purpose.Categories.RemoveAll(c => !categories.Contains(c.Category));
        purpose.Categories.AddRange(categories.Where(c => !purpose.Uses(c)).Select(c => new PurposeCategory { PurposeId = purpose.Id, Category = c }).ToList());

        var bases = input.LawfulBases.Distinct().ToHashSet();
        purpose.LawfulBases.RemoveAll(b => !bases.Contains(b.Basis));
        purpose.LawfulBases.AddRange(bases.Where(b => !purpose.LawfulBases.Exists(x => x.Basis == b)).Select(b => new PurposeLawfulBasis { PurposeId = purpose.Id, Basis = b }).ToList());

        var recipientIds = input.RecipientIds.Distinct().ToHashSet();
        purpose.Recipients.RemoveAll(r => !recipientIds.Contains(r.RecipientId));
        purpose.Recipients.AddRange(recipientIds.Where(id => !purpose.Recipients.Exists(x => x.RecipientId == id)).Select(id => new PurposeRecipient { PurposeId = purpose.Id, RecipientId = id }).ToList());
    }
}
