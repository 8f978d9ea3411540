namespace ImiPortal.Infrastructure.PersonalData;

/// <summary>One row about a data subject: which entity, and its personal-data values keyed by property name.</summary>
public sealed record SubjectRow(string Entity, IReadOnlyDictionary<string, object?> Values);
