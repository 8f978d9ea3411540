namespace ImiPortal.Domain.Retention;

public enum RetentionAction
{
    /// <summary>The rows are deleted.</summary>
    Delete = 1,

    /// <summary>The rows stay without any personal-data value, for anonymous statistics and proof of compliance.</summary>
    Anonymise = 2,
}
