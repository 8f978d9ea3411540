namespace ImiPortal.Web.Transparency;

public enum PurposeEditStatus
{
    Saved = 1,
    NothingChanged = 2,
    NotFound = 3,
    Conflict = 4,
    UnknownRecipient = 5,
}
