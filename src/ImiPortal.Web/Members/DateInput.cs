using System.Globalization;

namespace ImiPortal.Web.Members;

/// <summary>Dates as people enter them: ISO from a date picker ("1985-06-14"), or UK day/month/year ("14/6/1985").</summary>
public static class DateInput
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d M yyyy"];

    /// <summary>The date typed, or null when it is not a real date.</summary>
    public static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The form value for a stored date: ISO, as date pickers expect.</summary>
    public static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
