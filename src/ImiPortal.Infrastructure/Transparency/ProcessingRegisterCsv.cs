using System.Globalization;
using CsvHelper;
using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Transparency;

/// <summary>
/// The record of processing as RFC 4180 CSV, one row per purpose. Text a spreadsheet would run as a formula is
/// escaped. Lists inside a cell are separated by "; ".
/// </summary>
public sealed class ProcessingRegisterCsv(PortalDbContext db)
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    public async Task WriteAsync(Stream destination, string controller, string dpoContact, CancellationToken cancellationToken)
    {
        var categories = await db.DataCategories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var purposes = await db.ProcessingPurposes.AsNoTracking()
            .Include(p => p.Categories).Include(p => p.LawfulBases).Include(p => p.Recipients).ThenInclude(r => r.Recipient)
            .OrderBy(p => p.Id)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var rows = purposes.Select(p =>
        {
            var recipients = p.Recipients.Select(r => r.Recipient!).OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
            return new ProcessingRegisterRow(
                p.Key,
                p.Name,
                p.Description,
                p.DataSubjects,
                string.Join("; ", p.Categories.Select(c => c.Category).Order().Select(c => categories.GetValueOrDefault(c, c.ToString()))),
                string.Join("; ", p.LawfulBases.Select(b => b.Basis).Order().Select(b => b.ToString())),
                p.LegitimateInterest ?? "",
                string.Join("; ", recipients.Select(r => r.Name)),
                string.Join("; ", recipients.Where(r => !string.IsNullOrWhiteSpace(r.TransferCountries))
                    .Select(r => $"{r.Name}: {r.TransferCountries} ({r.TransferSafeguard ?? "no safeguard recorded"})")),
                p.RetentionMonths,
                p.RetentionNote,
                p.SecurityMeasures,
                p.Version,
                p.UpdatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                controller,
                dpoContact);
        });

        await using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        await csv.WriteRecordsAsync(rows, cancellationToken);
        await csv.FlushAsync(cancellationToken);
    }
}
