namespace ImiPortal.IntegrationTests.Security;

/// <summary>Who may reach an action, as the access table declares it.</summary>
public enum Access
{
    /// <summary>Everyone, signed in or not.</summary>
    Anyone,

    /// <summary>Any signed-in account, member or staff.</summary>
    SignedIn,

    /// <summary>Members only (staff accounts are denied).</summary>
    Member,

    /// <summary>MemberServices, PrivacyOfficer and Administrator.</summary>
    AnyStaff,

    /// <summary>MemberServices and PrivacyOfficer (Roles.RequestHandlers): administrators do not open members' data.</summary>
    RequestHandlers,

    /// <summary>PrivacyOfficer only.</summary>
    PrivacyOfficer,

    /// <summary>PrivacyOfficer and Administrator (the audit log).</summary>
    AuditReaders,
}
