using System.Net;
using System.Text;
using ImiPortal.Domain;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Fulfilment;

/// <summary>The human-readable, printable part of an access package: a table per kind of data (per record, down the page, when it has many fields).</summary>
internal sealed class AccessPackageHtml(PortalDbContext db, SubjectDataReader reader)
{
    /// <summary>Kinds of data with more fields than this are shown one record at a time, down the page, so they fit a printed A4 page.</summary>
    private const int MaxColumnsAcross = 5;

    public async Task WriteAsync(Stream output, DataSubject subject, RowScope scope, DateTime generatedAt, CancellationToken cancellationToken)
    {
        await using var html = new StreamWriter(output, new UTF8Encoding(false), 65536);
        // Encoded once: the ledger shows the same few statements on thousands of rows.
        var wordings = (await db.ConsentWordings.AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Text, cancellationToken))
            .ToDictionary(w => w.Key, w => E(w.Value));
        await html.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>Your data held by IMI</title>
            <style>body{"{"}font-family:sans-serif;margin:2rem;line-height:1.4{"}"} table{"{"}border-collapse:collapse;margin-bottom:1.5rem;font-size:.9rem;max-width:100%{"}"}
            th,td{"{"}border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word{"}"} th{"{"}background:#eee{"}"}
            table.record{"{"}width:100%;margin-bottom:1rem{"}"} table.record th{"{"}width:35%{"}"} table.record td{"{"}overflow-wrap:anywhere{"}"}
            @media print{"{"}body{"{"}margin:0{"}"} h2{"{"}page-break-after:avoid{"}"} table.record{"{"}page-break-inside:avoid{"}"}{"}"}</style></head>
            <body><h1>Your data held by IMI</h1><p>Prepared on {E(UkTime.Format(generatedAt))} (UK time). {E(SupplementaryInformation.Controller)}</p>
            """);

        string? current = null;
        IReadOnlyList<string> columns = [];
        string[] rowHeads = [];
        var wide = false;
        await foreach (var row in reader.ReadAsync(subject, scope, cancellationToken))
        {
            if (row.Entity != current)
            {
                if (current is not null && !wide)
                {
                    await html.WriteAsync("</tbody></table>");
                }

                current = row.Entity;
                columns = [.. row.Values.Keys];
                wide = columns.Count > MaxColumnsAcross;
                rowHeads = [.. columns.Select(c => $"<tr><th scope=\"row\">{E(c)}</th><td>")];
                await html.WriteAsync($"<h2>{E(EntityTitles.For(current))}</h2>");
                if (!wide)
                {
                    await html.WriteAsync("<table><thead><tr>");
                    foreach (var column in columns)
                    {
                        await html.WriteAsync($"<th scope=\"col\">{E(column)}</th>");
                    }

                    await html.WriteAsync("</tr></thead><tbody>");
                }
            }

            // A record with many fields reads (and prints) down the page, one field a line, rather than across it.
            await html.WriteAsync(wide ? "<table class=\"record\"><tbody>" : "<tr>");
            for (var i = 0; i < columns.Count; i++)
            {
                var value = row.Values[columns[i]];
                var shown = columns[i] == "WordingId" && value is int id && wordings.TryGetValue(id, out var text) ? text : E(AccessPackageWriter.Display(value));
                await html.WriteAsync(wide ? rowHeads[i] : "<td>");
                await html.WriteAsync(shown);
                await html.WriteAsync(wide ? "</td></tr>" : "</td>");
            }

            await html.WriteAsync(wide ? "</tbody></table>" : "</tr>");
        }

        if (current is not null && !wide)
        {
            await html.WriteAsync("</tbody></table>");
        }

        await WriteSupplementaryAsync(html, cancellationToken);
        await html.WriteAsync("</body></html>");
    }

    private async Task WriteSupplementaryAsync(StreamWriter html, CancellationToken cancellationToken)
    {
        await html.WriteAsync("<h2>Why we hold your data, who receives it and for how long</h2><table><thead><tr><th scope=\"col\">Purpose</th><th scope=\"col\">Data</th><th scope=\"col\">Lawful basis</th><th scope=\"col\">Recipients</th><th scope=\"col\">Kept for</th></tr></thead><tbody>");
        foreach (var p in await AccessPackageWriter.PurposesAsync(db, cancellationToken))
        {
            var basis = string.Join(", ", p.LawfulBases) + (p.LegitimateInterest is null ? "" : " — " + p.LegitimateInterest);
            await html.WriteAsync($"<tr><td>{E(p.Name)}</td><td>{E(string.Join(", ", p.Categories))}</td><td>{E(basis)}</td><td>{E(string.Join("; ", p.Recipients))}</td><td>{E(p.RetentionNote)}</td></tr>");
        }

        await html.WriteAsync("</tbody></table>");
        await html.WriteAsync($"<h2>Where the data came from</h2><p>{E(SupplementaryInformation.Sources)}</p>");
        await html.WriteAsync($"<h2>Automated decisions</h2><p>{E(SupplementaryInformation.AutomatedDecisions)}</p><h2>Your rights</h2><ul>");
        foreach (var right in SupplementaryInformation.Rights)
        {
            await html.WriteAsync($"<li>{E(right)}</li>");
        }

        await html.WriteAsync($"</ul><h2>Complaints</h2><p>{E(SupplementaryInformation.Complaints)}</p>");
    }

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
