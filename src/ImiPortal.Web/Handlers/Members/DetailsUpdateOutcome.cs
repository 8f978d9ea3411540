namespace ImiPortal.Web.Handlers.Members;

public enum DetailsUpdateOutcome
{
    Saved = 1,
    NoChanges = 2,

    /// <summary>The form was opened before the last change: nothing saved, the current details must be shown.</summary>
    Conflict = 3,
    NotFound = 4,
}
