using System.Text.RegularExpressions;

namespace ImiPortal.Domain.Members;

/// <summary>UK postcodes: checked against the Royal Mail pattern and stored upper case with one space ("SG13 8PQ").</summary>
public static partial class UkPostcode
{
    public const int MaxLength = 8;

    /// <summary>True when <paramref name="value"/>, however spaced or cased, is a well-formed UK postcode.</summary>
    public static bool IsValid(string? value) => Normalise(value) is not null;

    /// <summary>The postcode in upper case with one space before the inward code, or null when it is not a UK postcode.</summary>
    public static string? Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var compact = string.Concat(value.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (compact.Length is < 5 or > 7 || !Pattern().IsMatch(compact))
        {
            return null;
        }

        return compact[..^3] + " " + compact[^3..];
    }

    // Outward code (area, district, optional sub-district letter) then inward code (sector digit, unit letters); GIR 0AA is Girobank's.
    [GeneratedRegex("^(GIR0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRV-Y])[0-9][ABD-HJLNP-UW-Z]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
