using System.Net;
using ImiPortal.Domain;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Fulfilment;

/// <summary>
/// The human-readable, printable part of an access package: a table per kind of data (per record, down the page, when
/// it has many fields). Fed row by row by the pass that writes the JSON, so the person's rows are read only once.
/// </summary>
internal sealed class AccessPackageHtml(PortalDbContext db, TextWriter html)
{
    /// <summary>Kinds of data with more fields than this are shown one record at a time, down the page, so they fit a printed A4 page.</summary>
    private const int MaxColumnsAcross = 5;

    private Dictionary<int, string> _wordings = [];
    private string? _current;
    private IReadOnlyList<string> _columns = [];
    private string[] _rowHeads = [];
    private bool _wide;

    public async Task StartAsync(DateTime generatedAt, CancellationToken cancellationToken)
    {
        // Encoded once: the ledger shows the same few statements on thousands of rows.
        _wordings = (await db.ConsentWordings.AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Text, cancellationToken))
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
    }

    /// <summary>Writes one row; rows of one kind of data come together, as the subject-data walk returns them.</summary>
    public void WriteRow(SubjectRow row)
    {
        if (row.Entity != _current)
        {
            if (_current is not null && !_wide)
            {
                html.Write("</tbody></table>");
            }

            _current = row.Entity;
            _columns = [.. row.Values.Keys];
            _wide = _columns.Count > MaxColumnsAcross;
            _rowHeads = [.. _columns.Select(c => $"<tr><th scope=\"row\">{E(c)}</th><td>")];
            html.Write($"<h2>{E(EntityTitles.For(_current))}</h2>");
            if (!_wide)
            {
                html.Write("<table><thead><tr>");
                foreach (var column in _columns)
                {
                    html.Write($"<th scope=\"col\">{E(column)}</th>");
                }

                html.Write("</tr></thead><tbody>");
            }
        }

        // A record with many fields reads (and prints) down the page, one field a line, rather than across it.
        html.Write(_wide ? "<table class=\"record\"><tbody>" : "<tr>");
        for (var i = 0; i < _columns.Count; i++)
        {
            var value = row.Values[_columns[i]];
            var shown = _columns[i] == "WordingId" && value is int id && _wordings.TryGetValue(id, out var text) ? text : E(AccessPackageWriter.Display(value));
            html.Write(_wide ? _rowHeads[i] : "<td>");
            html.Write(shown);
            html.Write(_wide ? "</td></tr>" : "</td>");
        }

        html.Write(_wide ? "</tbody></table>" : "</tr>");
    }

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (_current is not null && !_wide)
        {
            await html.WriteAsync("</tbody></table>");
        }

        await WriteSupplementaryAsync(html, cancellationToken);
        await html.WriteAsync("</body></html>");
        await html.FlushAsync(cancellationToken);
    }

    private async Task WriteSupplementaryAsync(TextWriter html, CancellationToken cancellationToken)
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
