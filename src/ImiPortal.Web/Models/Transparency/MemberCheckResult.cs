namespace ImiPortal.Web.Models.Transparency;

/// <summary>All the public member check ever shows: name, membership status and grade.</summary>
public sealed record MemberCheckResult(string Name, string Status, string? Grade);
