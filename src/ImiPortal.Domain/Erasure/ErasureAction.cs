namespace ImiPortal.Domain.Erasure;

public enum ErasureAction
{
    /// <summary>The rows are deleted.</summary>
    Delete = 1,

    /// <summary>The rows stay (other records point at them) but every personal-data value is removed.</summary>
    Anonymise = 2,

    /// <summary>The rows are kept, because the law requires it or they record what was done; the reason is shown.</summary>
    Keep = 3,
}
