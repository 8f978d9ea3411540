using System.Text;
using ImiPortal.Infrastructure.PersonalData;

namespace ImiPortal.Infrastructure.Fulfilment;

/// <summary>
/// The portability CSV: one line per value (table, row, field, value), so that rows of different shapes share
/// one file that any spreadsheet opens.
/// </summary>
internal static class AccessPackageCsv
{
    public static async Task WriteAsync(Stream output, IAsyncEnumerable<SubjectRow> rows, CancellationToken cancellationToken)
    {
        await using var csv = new StreamWriter(output, new UTF8Encoding(true), 65536);
        await csv.WriteLineAsync("table,row,field,value");
        string? current = null;
        var number = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            number = row.Entity == current ? number + 1 : 1;
            current = row.Entity;
            foreach (var (field, value) in row.Values)
            {
                await csv.WriteLineAsync($"{Quote(row.Entity)},{number},{Quote(field)},{Quote(Machine(value))}");
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

    /// <summary>RFC 4180 quoting, and a leading apostrophe for values a spreadsheet would run as a formula.</summary>
    internal static string Quote(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
