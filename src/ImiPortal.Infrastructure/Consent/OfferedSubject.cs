using ImiPortal.Domain.Consent;

namespace ImiPortal.Infrastructure.Consent;

/// <summary>A choice on offer: its subject, name and description.</summary>
public sealed record OfferedSubject(ConsentSubject Subject, string Name, string Description);
