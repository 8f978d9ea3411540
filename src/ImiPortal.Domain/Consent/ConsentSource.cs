namespace ImiPortal.Domain.Consent;

/// <summary>How a consent change reached us.</summary>
public enum ConsentSource
{
    MyImiForm = 1,
    Registration = 2,
    UnsubscribeLink = 3,
    StaffPhone = 4,
    StaffPost = 5,
    Import = 6,
    RightsRequest = 7,
    System = 8,
}
