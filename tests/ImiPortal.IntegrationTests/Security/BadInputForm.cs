namespace ImiPortal.IntegrationTests.Security;

/// <summary>A form of the portal, who fills it, and answers that would pass, so that only the field under test is bad.</summary>
public sealed record BadInputForm(string Name, string Page, bool AsMember, Func<string, Dictionary<string, string>> Valid);
