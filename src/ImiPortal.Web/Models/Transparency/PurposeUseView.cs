namespace ImiPortal.Web.Models.Transparency;

/// <summary>A purpose for which this member's data is used: only the categories of theirs it uses are listed.</summary>
public sealed record PurposeUseView(
    string Name,
    IReadOnlyList<string> CategoriesUsed,
    IReadOnlyList<string> LawfulBases,
    string? LegitimateInterest,
    string Retention,
    string RetentionNote,
    IReadOnlyList<string> Recipients);
