using ImiPortal.Domain;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.PersonalData;
using ImiPortal.Web.Models.Transparency;
using ImiPortal.Web.Transparency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImiPortal.Web.Queries.Transparency;

/// <summary>
/// Builds "My privacy" from the member's own data: the categories actually stored about them (read from the model's
/// personal-data tags, never a fixed list), the register's purposes that use those categories, and the disclosure log.
/// </summary>
public sealed class MyPrivacyQuery(PortalDbContext db, SubjectDataReader reader, IOptions<PrivacyOptions> options)
{
    public async Task<MyPrivacyViewModel?> RunAsync(Guid userId, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking()
            .Where(m => m.UserId == userId && m.ErasedAt == null)
            .Select(m => new { m.Id, m.FirstName, m.LastName, m.MembershipNumber, m.IsRestricted, m.ObjectsToDirectMarketing })
            .FirstOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return null;
        }

        var held = await reader.CategoriesHeldAsync(new DataSubject(member.Id, userId), cancellationToken);
        var categories = await db.DataCategories.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var heldCategories = categories.Where(c => held.Contains(c.Id)).ToList();
        var names = categories.ToDictionary(c => c.Id, c => c.Name);

        var purposes = await db.ProcessingPurposes.AsNoTracking()
            .Include(p => p.Categories).Include(p => p.LawfulBases).Include(p => p.Recipients).ThenInclude(r => r.Recipient)
            .OrderBy(p => p.Id)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var used = purposes.Where(p => p.Categories.Exists(c => held.Contains(c.Category))).ToList();

        var disclosures = await (
                from d in db.Disclosures.AsNoTracking()
                where d.MemberId == member.Id
                join r in db.Recipients on d.RecipientId equals r.Id
                join p in db.ProcessingPurposes on d.PurposeId equals p.Id into ps
                from p in ps.DefaultIfEmpty()
                orderby d.DisclosedAt descending
                select new { d.DisclosedAt, d.Description, Recipient = r, Purpose = p == null ? null : p.Name })
            .ToListAsync(cancellationToken);

        var transfers = used.SelectMany(p => p.Recipients.Select(r => r.Recipient!))
            .Concat(disclosures.Select(d => d.Recipient))
            .Where(r => !string.IsNullOrWhiteSpace(r.TransferCountries))
            .DistinctBy(r => r.Id)
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new TransferView(r.Name, r.TransferCountries!, r.TransferSafeguard ?? "No safeguard recorded"))
            .ToList();

        return new MyPrivacyViewModel(
            $"{member.FirstName} {member.LastName}".Trim(),
            member.MembershipNumber,
            [.. heldCategories.Select(c => new HeldCategoryView(c.Name, c.Description))],
            [.. used.Select(p => new PurposeUseView(
                p.Name,
                [.. p.Categories.Select(c => c.Category).Where(held.Contains).Order().Select(c => names[c])],
                [.. p.LawfulBases.Select(b => b.Basis).Order().Select(RegisterText.Basis)],
                p.LegitimateInterest,
                RegisterText.Retention(p.RetentionMonths),
                p.RetentionNote,
                [.. p.Recipients.Select(r => r.Recipient!.Name).Order(StringComparer.Ordinal)]))],
            [.. disclosures.Select(d => new DisclosureView(d.Recipient.Name, UkTime.Format(UkTime.DateOf(d.DisclosedAt)), d.Description, d.Purpose))],
            transfers,
            member.IsRestricted,
            member.ObjectsToDirectMarketing,
            options.Value.BackupRetentionDays)
        {
            RestrictionLiftsOnOrAfter = member.IsRestricted
                ? await db.ProcessingRestrictions.AsNoTracking().Where(r => r.MemberId == member.Id && r.LiftedAt == null).Select(r => r.LiftNotBefore).FirstOrDefaultAsync(cancellationToken)
                : null,
        };
    }
}
