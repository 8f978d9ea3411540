namespace ImiPortal.Domain.PersonalData;

/// <summary>The categories of personal data named in the IMI privacy policy.</summary>
public enum DataCategory
{
    Identity = 1,
    Contact = 2,
    Financial = 3,
    Transaction = 4,
    Technical = 5,
    Profile = 6,
    Usage = 7,
    MarketingAndCommunications = 8,
    SpecialCategory = 9,
}
