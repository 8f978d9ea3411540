using ImiPortal.Domain;
using ImiPortal.Domain.PersonalData;
using ImiPortal.Domain.Processing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Web.Models.Transparency;
using ImiPortal.Web.Transparency;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImiPortal.Web.Queries.Transparency;

/// <summary>Reads the record of processing for the staff pages: the register, and one entry for editing.</summary>
public sealed class ProcessingRegisterQuery(PortalDbContext db, IOptions<PrivacyOptions> options)
{
    public async Task<ProcessingRegisterViewModel> RunAsync(CancellationToken cancellationToken)
    {
        var names = await CategoryNamesAsync(cancellationToken);
        var purposes = await PurposesWithDetails().OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var recipients = await db.Recipients.AsNoTracking().OrderBy(r => r.Kind).ThenBy(r => r.Name).ToListAsync(cancellationToken);
        return new ProcessingRegisterViewModel(
            options.Value.Controller,
            options.Value.DpoContact,
            [.. purposes.Select(p => Entry(p, names))],
            [.. recipients.Select(r => new RecipientView(r.Name, RegisterText.RecipientKind(r.Kind), r.Description, r.TransferCountries, r.TransferSafeguard))]);
    }

    /// <summary>The entry as the edit form starts it, or null when there is no such purpose.</summary>
    public async Task<PurposeEditInput?> EditInputAsync(int id, CancellationToken cancellationToken)
    {
        var p = await PurposesWithDetails().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return p is null ? null : new PurposeEditInput
        {
            Version = p.Version,
            Name = p.Name,
            Description = p.Description,
            DataSubjects = p.DataSubjects,
            LegitimateInterest = p.LegitimateInterest,
            RetentionMonths = p.RetentionMonths,
            RetentionNote = p.RetentionNote,
            SecurityMeasures = p.SecurityMeasures,
            Categories = [.. p.Categories.Select(c => c.Category).Order()],
            LawfulBases = [.. p.LawfulBases.Select(b => b.Basis).Order()],
            RecipientIds = [.. p.Recipients.Select(r => r.RecipientId).Order()],
        };
    }

    public async Task<PurposeEditOptions?> EditOptionsAsync(int id, CancellationToken cancellationToken)
    {
        var key = await db.ProcessingPurposes.Where(p => p.Id == id).Select(p => p.Key).FirstOrDefaultAsync(cancellationToken);
        if (key is null)
        {
            return null;
        }

        var categories = await db.DataCategories.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var recipients = await db.Recipients.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        return new PurposeEditOptions(
            id,
            key,
            [.. categories.Select(c => new SelectListItem(c.Name, c.Id.ToString()))],
            [.. Enum.GetValues<LawfulBasis>().Select(b => new SelectListItem(RegisterText.Basis(b), b.ToString()))],
            [.. recipients.Select(r => new SelectListItem(r.Name, r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
    }

    internal async Task<Dictionary<DataCategory, string>> CategoryNamesAsync(CancellationToken cancellationToken) =>
        await db.DataCategories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);

    private IQueryable<ProcessingPurpose> PurposesWithDetails() =>
        db.ProcessingPurposes.AsNoTracking()
            .Include(p => p.Categories).Include(p => p.LawfulBases).Include(p => p.Recipients).ThenInclude(r => r.Recipient)
            .AsSplitQuery();

    private static RegisterEntryView Entry(ProcessingPurpose p, IReadOnlyDictionary<DataCategory, string> names)
    {
        var recipients = p.Recipients.Select(r => r.Recipient!).OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        return new RegisterEntryView(
            p.Id,
            p.Key,
            p.Name,
            p.Description,
            p.DataSubjects,
            [.. p.Categories.Select(c => c.Category).Order().Select(c => names.GetValueOrDefault(c, c.ToString()))],
            [.. p.LawfulBases.Select(b => b.Basis).Order().Select(RegisterText.Basis)],
            p.LegitimateInterest,
            [.. recipients.Select(r => r.Name)],
            [.. recipients.Where(r => !string.IsNullOrWhiteSpace(r.TransferCountries))
                .Select(r => new TransferView(r.Name, r.TransferCountries!, r.TransferSafeguard ?? "No safeguard recorded"))],
            RegisterText.Retention(p.RetentionMonths),
            p.RetentionNote,
            p.SecurityMeasures,
            p.Version,
            UkTime.Format(p.UpdatedAt));
    }
}
