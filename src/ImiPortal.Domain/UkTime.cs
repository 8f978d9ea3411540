using System.Globalization;

namespace ImiPortal.Domain;

/// <summary>UK civil time: the database holds UTC, people see and the law counts in UK dates.</summary>
public static class UkTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static DateTime ToUk(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToUk(utc));

    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOf(time.GetUtcNow().UtcDateTime);
    }

    /// <summary>"3 March 2026".</summary>
    /// <summary>The UTC moment at which a UK calendar day begins (midnight in London, GMT or BST).</summary>
    public static DateTime StartOfDayUtc(DateOnly ukDate) =>
        TimeZoneInfo.ConvertTimeToUtc(ukDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);

    public static string Format(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>"3 March 2026 at 14:05" in UK time.</summary>
    public static string Format(DateTime utc) => ToUk(utc).ToString("d MMMM yyyy 'at' HH:mm", Culture);
}
