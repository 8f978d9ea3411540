namespace ImiPortal.Domain.Requests;

public enum RightsRequestStatus
{
    /// <summary>Submitted without an account; the requester has not yet confirmed their email address.</summary>
    AwaitingEmailConfirmation = 1,
    Received = 2,
    AwaitingIdentity = 3,
    AwaitingClarification = 4,
    InProgress = 5,
    Completed = 6,
    Refused = 7,
    Withdrawn = 8,
}
