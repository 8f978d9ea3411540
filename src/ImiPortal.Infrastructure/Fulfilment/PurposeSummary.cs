namespace ImiPortal.Infrastructure.Fulfilment;

/// <summary>One purpose of the record of processing, as the access package explains it.</summary>
public sealed record PurposeSummary(
    string Name,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> LawfulBases,
    string? LegitimateInterest,
    int RetentionMonths,
    string RetentionNote,
    IReadOnlyList<string> Recipients);
