namespace ImiPortal.IntegrationTests.Security;

/// <summary>The kinds of user every action is tried as.</summary>
public enum Persona
{
    Anonymous,
    MemberA,
    MemberB,
    MemberServices,
    PrivacyOfficer,
    Administrator,
}
