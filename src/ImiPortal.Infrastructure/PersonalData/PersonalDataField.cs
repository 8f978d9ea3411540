using ImiPortal.Domain.PersonalData;

namespace ImiPortal.Infrastructure.PersonalData;

/// <summary>One tagged column: which table and property, its category, and whether the person provided it.</summary>
public sealed record PersonalDataField(string Entity, string Table, string Property, string Column, DataCategory Category, bool Provided);
