namespace ImiPortal.Domain.Processing;

/// <summary>The lawful bases of UK GDPR Art. 6(1).</summary>
public enum LawfulBasis
{
    Consent = 1,
    Contract = 2,
    LegalObligation = 3,
    VitalInterests = 4,
    PublicTask = 5,
    LegitimateInterests = 6,
}
