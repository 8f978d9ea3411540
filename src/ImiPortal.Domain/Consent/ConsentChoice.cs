namespace ImiPortal.Domain.Consent;

/// <summary>The member's latest recorded choice about one subject: granted or withdrawn, on which basis, and when.</summary>
public sealed record ConsentChoice(bool Granted, ConsentBasis Basis, DateTime At);
