namespace ImiPortal.Web.Handlers.Members;

public enum ChangeEmailOutcome
{
    /// <summary>A confirmation link went to the new address; nothing changes until it is followed.</summary>
    LinkSent = 1,
    WrongPassword = 2,
    SameAsCurrent = 3,

    /// <summary>Another account or member record has the address (which one is never said).</summary>
    InUse = 4,
    NotFound = 5,
}
