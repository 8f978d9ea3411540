using ImiPortal.Domain.PersonalData;

namespace ImiPortal.Domain.Processing;

/// <summary>Reference row describing one of the policy's data categories, in the policy's own words.</summary>
public class PersonalDataCategory
{
    public DataCategory Id { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>Special category data (UK GDPR Art. 9): held only where a purpose justifies it.</summary>
    public bool IsSpecial { get; set; }
}
