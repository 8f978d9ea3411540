using ImiPortal.Domain.Consent;

namespace ImiPortal.Infrastructure.Consent;

/// <summary>One choice to record: the subject, and whether the member granted or withdrew it.</summary>
public sealed record ConsentChange(ConsentSubject Subject, bool Granted);
