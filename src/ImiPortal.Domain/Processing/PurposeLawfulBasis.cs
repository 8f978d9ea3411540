namespace ImiPortal.Domain.Processing;

/// <summary>A lawful basis a processing purpose relies on.</summary>
public class PurposeLawfulBasis
{
    public int PurposeId { get; set; }

    public LawfulBasis Basis { get; set; }
}
