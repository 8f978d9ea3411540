namespace ImiPortal.Domain.Requests;

public enum RefusalReason
{
    ManifestlyUnfounded = 1,
    ManifestlyExcessive = 2,
    ExemptionApplies = 3,
}
