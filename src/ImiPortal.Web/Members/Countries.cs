using System.Globalization;
using ImiPortal.Web.TagHelpers;

namespace ImiPortal.Web.Members;

/// <summary>The countries an address can be in: ISO 3166-1 alpha-2 codes with English names, the United Kingdom first.</summary>
public static class Countries
{
    public const string UnitedKingdom = "GB";

    private static readonly Lazy<IReadOnlyList<(string Code, string Name)>> All = new(Load);

    private static readonly Lazy<SelectOptions> List = new(() => new SelectOptions(FormFieldTagHelper.OptionLabel, All.Value.Select(c => (c.Code, c.Name))));

    public static bool IsKnown(string? code) => code is not null && All.Value.Any(c => c.Code == code);

    /// <summary>The countries as a select's options, encoded once.</summary>
    public static SelectOptions Options => List.Value;

    public static string NameOf(string? code) => All.Value.FirstOrDefault(c => c.Code == code).Name ?? code ?? "";


    private static List<(string Code, string Name)> Load()
    {
        var others = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => TryRegion(c.Name))
            .Where(r => r is not null && r.TwoLetterISORegionName.Length == 2 && r.TwoLetterISORegionName.All(char.IsAsciiLetterUpper) && r.TwoLetterISORegionName != UnitedKingdom)
            .Select(r => (Code: r!.TwoLetterISORegionName, Name: r.EnglishName))
            .DistinctBy(c => c.Code)
            .OrderBy(c => c.Name, StringComparer.Ordinal);
        return [(UnitedKingdom, "United Kingdom"), .. others];
    }

    private static RegionInfo? TryRegion(string cultureName)
    {
        try
        {
            return new RegionInfo(cultureName);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
