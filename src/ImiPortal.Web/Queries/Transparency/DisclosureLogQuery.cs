using ImiPortal.Domain;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Web.Models.Transparency;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Queries.Transparency;

/// <summary>A member's disclosure log for staff, found by exact membership number; each look is audit-logged.</summary>
public sealed class DisclosureLogQuery(PortalDbContext db, IAuditLog audit)
{
    public async Task<DisclosureLogViewModel> RunAsync(string? membershipNumber, CancellationToken cancellationToken)
    {
        var number = membershipNumber?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(number))
        {
            return new DisclosureLogViewModel(null, null, [], NotFound: false);
        }

        var member = await db.Members.AsNoTracking()
            .Where(m => m.MembershipNumber == number && m.ErasedAt == null)
            .Select(m => new { m.Id, m.FirstName, m.LastName })
            .FirstOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return new DisclosureLogViewModel(number, null, [], NotFound: true);
        }

        var rows = await (
                from d in db.Disclosures.AsNoTracking()
                where d.MemberId == member.Id
                join r in db.Recipients on d.RecipientId equals r.Id
                join p in db.ProcessingPurposes on d.PurposeId equals p.Id into ps
                from p in ps.DefaultIfEmpty()
                orderby d.DisclosedAt descending
                select new { d.DisclosedAt, d.Description, Recipient = r.Name, Purpose = p == null ? null : p.Name })
            .ToListAsync(cancellationToken);

        audit.Record("disclosure.log-viewed", member.Id, "Member", member.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return new DisclosureLogViewModel(number, $"{member.FirstName} {member.LastName}".Trim(),
            [.. rows.Select(d => new DisclosureView(d.Recipient, UkTime.Format(UkTime.DateOf(d.DisclosedAt)), d.Description, d.Purpose))], NotFound: false);
    }

    /// <summary>The recipients and purposes staff choose from when recording a disclosure.</summary>
    public async Task<(IReadOnlyList<SelectListItem> Recipients, IReadOnlyList<SelectListItem> Purposes)> OptionsAsync(CancellationToken cancellationToken)
    {
        var recipients = await db.Recipients.AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.Name)
            .Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        var purposes = await db.ProcessingPurposes.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        return (
            [.. recipients.Select(r => new SelectListItem(r.Name, r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
            [.. purposes.Select(p => new SelectListItem(p.Name, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
    }
}
