namespace ImiPortal.Domain.Requests;

/// <summary>The data-subject rights a request can exercise (UK GDPR Arts. 7(3), 15–18, 20, 21).</summary>
public enum RightsRequestType
{
    Access = 1,
    Rectification = 2,
    Erasure = 3,
    Restriction = 4,
    Objection = 5,
    Portability = 6,
    WithdrawConsent = 7,
}
