namespace ImiPortal.Web.Models.Transparency;

public sealed record RegisterEntryView(
    int Id,
    string Key,
    string Name,
    string Description,
    string DataSubjects,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> LawfulBases,
    string? LegitimateInterest,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<TransferView> Transfers,
    string Retention,
    string RetentionNote,
    string SecurityMeasures,
    int Version,
    string UpdatedAt);
