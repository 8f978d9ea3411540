namespace ImiPortal.Domain.Consent;

/// <summary>Why a marketing permission holds (PECR and UK GDPR).</summary>
public enum ConsentBasis
{
    Consent = 1,
    SoftOptIn = 2,
    LegitimateInterests = 3,
}
