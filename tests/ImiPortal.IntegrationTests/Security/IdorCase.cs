namespace ImiPortal.IntegrationTests.Security;

/// <summary>
/// A member-facing action that takes an identifier, which of member A's rows its "id" names, and how it must answer
/// member B holding member A's value.
/// </summary>
public sealed record IdorCase(string Key, SampleId Id, IdorAnswer Answer, string Why);
