namespace ImiPortal.Infrastructure.Erasure;

public enum ErasureKind
{
    /// <summary>The person asked for erasure (Art. 17): a suppression record stops all future marketing.</summary>
    Request = 1,

    /// <summary>The retention period ran out: the record is anonymised, with no suppression record.</summary>
    Retention = 2,
}
