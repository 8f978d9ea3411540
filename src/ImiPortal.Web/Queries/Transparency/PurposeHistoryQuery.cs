using ImiPortal.Domain;
using ImiPortal.Domain.Processing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Web.Models.Transparency;
using ImiPortal.Web.Transparency;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Queries.Transparency;

/// <summary>A register entry's superseded versions with who replaced each, when and why.</summary>
public sealed class PurposeHistoryQuery(PortalDbContext db, ProcessingRegisterQuery register)
{
    public async Task<PurposeHistoryViewModel?> RunAsync(int purposeId, CancellationToken cancellationToken)
    {
        var purpose = await db.ProcessingPurposes.AsNoTracking()
            .Where(p => p.Id == purposeId)
            .Select(p => new { p.Id, p.Key, p.Name, p.Version, p.UpdatedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (purpose is null)
        {
            return null;
        }

        var names = await register.CategoryNamesAsync(cancellationToken);
        var versions = await (
                from v in db.ProcessingPurposeVersions.AsNoTracking()
                where v.PurposeId == purposeId
                join u in db.Users on v.ChangedByUserId equals u.Id into us
                from u in us.DefaultIfEmpty()
                orderby v.Version descending
                select new { v.Version, v.ChangedAt, v.ChangedFields, v.ChangeNote, v.Snapshot, Editor = u == null ? null : u.Email })
            .ToListAsync(cancellationToken);

        return new PurposeHistoryViewModel(purpose.Id, purpose.Name, purpose.Version, UkTime.Format(purpose.UpdatedAt), [.. versions.Select(v =>
        {
            var s = PurposeSnapshot.FromJson(v.Snapshot);
            var snapshot = new RegisterEntryView(
                purpose.Id, purpose.Key, s.Name, s.Description, s.DataSubjects,
                [.. s.Categories.Select(c => names.GetValueOrDefault(c, c.ToString()))],
                [.. s.LawfulBases.Select(RegisterText.Basis)],
                s.LegitimateInterest, s.Recipients, [], RegisterText.Retention(s.RetentionMonths), s.RetentionNote, s.SecurityMeasures, v.Version, "");
            return new PurposeVersionView(v.Version, UkTime.Format(v.ChangedAt), v.Editor ?? "A former member of staff", v.ChangedFields, v.ChangeNote, snapshot);
        })]);
    }
}
