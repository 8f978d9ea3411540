using System.Text.Json;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Fulfilment;

/// <summary>
/// The machine-readable part of an access or portability package, written row by row; each row is also handed to
/// <c>alsoWrite</c> (the printable part), so the person's rows are read from the database once.
/// </summary>
internal sealed class AccessPackageJson(PortalDbContext db, SubjectDataReader reader)
{
    public async Task WriteAsync(Stream output, DataSubject subject, RowScope scope, DateTime generatedAt, Action<SubjectRow>? alsoWrite, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(output, AccessPackageWriter.JsonOptions);
        writer.WriteStartObject();
        writer.WriteString("generatedAt", generatedAt);
        writer.WriteString("controller", SupplementaryInformation.Controller);
        writer.WriteStartObject("data");
        string? current = null;
        JsonEncodedText[] names = [];
        var wordingIds = new HashSet<int>();
        await foreach (var row in reader.ReadAsync(subject, scope, cancellationToken))
        {
            if (row.Entity != current)
            {
                if (current is not null)
                {
                    writer.WriteEndArray();
                }

                writer.WriteStartArray(row.Entity);
                current = row.Entity;

                // Every row of a table has the same fields in the same order: their names are escaped once, not per row.
                names = [.. row.Values.Keys.Select(name => JsonEncodedText.Encode(name, AccessPackageWriter.JsonOptions.Encoder))];
            }

            writer.WriteStartObject();
            var field = 0;
            foreach (var value in row.Values.Values)
            {
                AccessPackageWriter.WriteValue(writer, names[field++], value);
            }

            writer.WriteEndObject();
            alsoWrite?.Invoke(row);
            if (row.Values.TryGetValue("WordingId", out var id) && id is int wordingId)
            {
                wordingIds.Add(wordingId);
            }

            if (writer.BytesPending > 32_768)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        if (current is not null)
        {
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        if (scope != RowScope.Provided)
        {
            await WriteWordingsAsync(writer, wordingIds, cancellationToken);
            await WriteSupplementaryAsync(writer, cancellationToken);
        }

        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    private async Task WriteWordingsAsync(Utf8JsonWriter writer, HashSet<int> ids, CancellationToken cancellationToken)
    {
        var wordings = await db.ConsentWordings.AsNoTracking().Where(w => ids.Contains(w.Id)).OrderBy(w => w.Id).ToListAsync(cancellationToken);
        writer.WriteStartArray("consentWordingsShownToYou");
        foreach (var wording in wordings)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", wording.Id);
            writer.WriteString("statement", wording.Key);
            writer.WriteNumber("version", wording.Version);
            writer.WriteString("text", wording.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private async Task WriteSupplementaryAsync(Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        writer.WriteStartObject("supplementaryInformation");
        writer.WriteStartArray("purposes");
        foreach (var purpose in await AccessPackageWriter.PurposesAsync(db, cancellationToken))
        {
            writer.WriteStartObject();
            writer.WriteString("purpose", purpose.Name);
            WriteList(writer, "categoriesOfData", purpose.Categories);
            WriteList(writer, "lawfulBases", purpose.LawfulBases);
            writer.WriteString("legitimateInterest", purpose.LegitimateInterest);
            writer.WriteNumber("retentionMonths", purpose.RetentionMonths);
            writer.WriteString("retention", purpose.RetentionNote);
            WriteList(writer, "recipients", purpose.Recipients);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("sources", SupplementaryInformation.Sources);
        writer.WriteString("automatedDecisionMaking", SupplementaryInformation.AutomatedDecisions);
        WriteList(writer, "yourRights", SupplementaryInformation.Rights);
        writer.WriteString("complaints", SupplementaryInformation.Complaints);
        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
