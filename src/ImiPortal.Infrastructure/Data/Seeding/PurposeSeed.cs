using ImiPortal.Domain.PersonalData;
using ImiPortal.Domain.Processing;

namespace ImiPortal.Infrastructure.Data.Seeding;

public sealed record PurposeSeed(
    string Key,
    string Name,
    string DataSubjects,
    IReadOnlyList<DataCategory> Categories,
    IReadOnlyList<LawfulBasis> Bases,
    string? LegitimateInterest,
    IReadOnlyList<string> RecipientNames);
