using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ImiPortal.Domain;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Fulfilment;

/// <summary>
/// Builds a subject access package: every row about the person in every table (from the model's tags, never a
/// hand-kept list) as machine-readable JSON and a printable HTML page, with the Art. 15 supplementary information,
/// zipped into a temporary file. Rows are streamed from the database, so memory does not grow with the data.
/// </summary>
public sealed class AccessPackageWriter(PortalDbContext db, SubjectDataReader reader, TimeProvider time)
{
    /// <summary>Writes the package and returns it open at the start; the file is deleted when the stream is closed.</summary>
    public async Task<Stream> WriteAsync(DataSubject subject, RowScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var file = TemporaryFile("zip");
        try
        {
            var generatedAt = time.GetUtcNow().UtcDateTime;
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
            {
                if (scope != RowScope.Provided)
                {
                    // One pass over the person's rows writes both parts: the JSON into the package, the HTML into a
                    // temporary file (a zip takes one entry at a time) that is then copied in. Reading the rows
                    // twice, once per part, was most of the cost of a large export.
                    await using var htmlFile = TemporaryFile("html");
                    await using (var htmlText = new StreamWriter(htmlFile, new UTF8Encoding(false), 65536, leaveOpen: true))
                    {
                        var html = new AccessPackageHtml(db, htmlText);
                        await html.StartAsync(generatedAt, cancellationToken);
                        await using (var json = zip.CreateEntry("my-imi-data.json", CompressionLevel.Fastest).Open())
                        {
                            await new AccessPackageJson(db, reader).WriteAsync(json, subject, scope, generatedAt, html.WriteRow, cancellationToken);
                        }

                        await html.FinishAsync(cancellationToken);
                    }

                    htmlFile.Position = 0;
                    await using var htmlEntry = zip.CreateEntry("my-imi-data.html", CompressionLevel.Fastest).Open();
                    await htmlFile.CopyToAsync(htmlEntry, cancellationToken);
                }
                else
                {
                    await using (var json = zip.CreateEntry("my-imi-data.json", CompressionLevel.Fastest).Open())
                    {
                        await new AccessPackageJson(db, reader).WriteAsync(json, subject, scope, generatedAt, null, cancellationToken);
                    }

                    await using var csv = zip.CreateEntry("my-imi-data.csv", CompressionLevel.Fastest).Open();
                    await AccessPackageCsv.WriteAsync(csv, reader.ReadAsync(subject, scope, cancellationToken), cancellationToken);
                }

                await using var readme = new StreamWriter(zip.CreateEntry("README.txt").Open(), new UTF8Encoding(false));
                await readme.WriteAsync(Readme(generatedAt, scope));
            }

            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    private static FileStream TemporaryFile(string extension) =>
        new(Path.Combine(Path.GetTempPath(), $"imiportal-package-{Guid.NewGuid():N}.{extension}"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    private static string Readme(DateTime generatedAt, RowScope scope) =>
        $"""
        Your MyIMI data, prepared on {UkTime.Format(generatedAt)} (UK time).

        {(scope == RowScope.Provided
            ? "my-imi-data.json and my-imi-data.csv hold the personal data you gave IMI, in a structured, machine-readable form you can take to another organisation (UK GDPR Article 20)."
            : "my-imi-data.html is the same information as my-imi-data.json, for reading and printing. It holds every piece of personal data IMI's member portal stores about you, with why we hold it, who we share it with and how long we keep it (UK GDPR Article 15).")}

        {SupplementaryInformation.Complaints}
        """;

    internal static string Display(object? value) => value switch
    {
        null => "",
        DateTime utc => UkTime.Format(utc),
        DateOnly date => UkTime.Format(date),
        bool b => b ? "Yes" : "No",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    internal static void WriteValue(Utf8JsonWriter writer, JsonEncodedText name, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNull(name); break;
            case bool b: writer.WriteBoolean(name, b); break;
            case int i: writer.WriteNumber(name, i); break;
            case long l: writer.WriteNumber(name, l); break;
            case DateTime dt: writer.WriteString(name, DateTime.SpecifyKind(dt, DateTimeKind.Utc)); break;
            case DateOnly d: writer.WriteString(name, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)); break;
            case Guid g: writer.WriteString(name, g); break;
            default: writer.WriteString(name, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
        }
    }

    internal static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static Task<List<PurposeSummary>> PurposesAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        db.ProcessingPurposes.AsNoTracking().OrderBy(p => p.Id).AsSplitQuery().Select(p => new PurposeSummary(
            p.Name,
            p.Categories.OrderBy(c => c.Category).Select(c => c.Category.ToString()).ToList(),
            p.LawfulBases.OrderBy(b => b.Basis).Select(b => b.Basis.ToString()).ToList(),
            p.LegitimateInterest,
            p.RetentionMonths,
            p.RetentionNote,
            p.Recipients.OrderBy(r => r.RecipientId).Select(r => r.Recipient!.Name + (r.Recipient.TransferCountries == null ? "" : " (transfers: " + r.Recipient.TransferCountries + "; safeguard: " + r.Recipient.TransferSafeguard + ")")).ToList()))
            .ToListAsync(cancellationToken);
}
