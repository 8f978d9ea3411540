namespace ImiPortal.Infrastructure.Identity;

/// <summary>The portal's roles. Staff roles grant the back office; the privacy officer decides refusals, extensions and erasure.</summary>
public static class Roles
{
    public const string Member = "Member";
    public const string MemberServices = "MemberServices";
    public const string PrivacyOfficer = "PrivacyOfficer";
    public const string Administrator = "Administrator";

    /// <summary>Roles that may open the staff area.</summary>
    public const string AnyStaff = MemberServices + "," + PrivacyOfficer + "," + Administrator;

    /// <summary>
    /// Roles that work rights requests. Administrators manage staff accounts and do not open requests (they hold
    /// personal data the administrator has no business need for); someone who does both holds both roles.
    /// </summary>
    public const string RequestHandlers = MemberServices + "," + PrivacyOfficer;

    /// <summary>Roles that may search the audit log: the privacy officer, and administrators who look after security.</summary>
    public const string AuditReaders = PrivacyOfficer + "," + Administrator;

    public static readonly IReadOnlyList<string> All = [Member, MemberServices, PrivacyOfficer, Administrator];

    public static readonly IReadOnlyList<string> Staff = [MemberServices, PrivacyOfficer, Administrator];
}
