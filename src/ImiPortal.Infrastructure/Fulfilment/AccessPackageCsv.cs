using CsvHelper;
using ImiPortal.Infrastructure.PersonalData;

namespace ImiPortal.Infrastructure.Fulfilment;

/// <summary>
/// The portability CSV: one line per value (table, row, field, value), so that rows of different shapes share
/// one file that any spreadsheet opens. Written with CsvHelper like the portal's other CSV exports, with text a
/// spreadsheet would run as a formula escaped.
/// </summary>
internal static class AccessPackageCsv
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<SubjectRow> rows, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        await csv.WriteRecordsAsync(Values(rows, cancellationToken), cancellationToken);
        await csv.FlushAsync(cancellationToken);
    }

    private static async IAsyncEnumerable<PortabilityCsvRow> Values(IAsyncEnumerable<SubjectRow> rows, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? current = null;
        var number = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            number = row.Entity == current ? number + 1 : 1;
            current = row.Entity;
            foreach (var (field, value) in row.Values)
            {
                yield return new PortabilityCsvRow(row.Entity, number, field, Machine(value));
            }
        }
    }

    private static string Machine(object? value) => value switch
    {
        null => "",
        DateTime utc => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
