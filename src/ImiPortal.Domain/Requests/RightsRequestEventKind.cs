namespace ImiPortal.Domain.Requests;

public enum RightsRequestEventKind
{
    Submitted = 1,
    EmailConfirmed = 2,
    Acknowledged = 3,
    IdentityRequested = 4,
    IdentityReceived = 5,
    IdentityVerified = 6,
    ClarificationRequested = 7,
    ClarificationReceived = 8,
    Assigned = 9,
    NoteAdded = 10,
    Extended = 11,
    Completed = 12,
    Refused = 13,
    Withdrawn = 14,
    DuplicateLinked = 15,
    ReminderSent = 16,
}
