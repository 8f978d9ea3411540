using ImiPortal.Domain.PersonalData;

namespace ImiPortal.Domain.Processing;

/// <summary>A data category used by a processing purpose.</summary>
public class PurposeCategory
{
    public int PurposeId { get; set; }

    public DataCategory Category { get; set; }
}
