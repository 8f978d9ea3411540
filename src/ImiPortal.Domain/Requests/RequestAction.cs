namespace ImiPortal.Domain.Requests;

/// <summary>The steps staff can take on a rights request; <see cref="RequestTransitions"/> says when each is allowed.</summary>
public enum RequestAction
{
    VerifyIdentity = 1,
    RequestIdentity = 2,
    ReceiveIdentity = 3,
    RequestClarification = 4,
    ReceiveClarification = 5,
    Assign = 6,
    AddNote = 7,
    Extend = 8,
    Complete = 9,
    Refuse = 10,
}
