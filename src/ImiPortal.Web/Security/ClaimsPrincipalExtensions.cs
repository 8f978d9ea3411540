using System.Security.Claims;

namespace ImiPortal.Web.Security;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The logged-in user's id (Identity's NameIdentifier claim).</summary>
    public static Guid UserId(this ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return Guid.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."));
    }

    public static bool IsStaff(this ClaimsPrincipal principal) =>
        principal.IsInRole(Infrastructure.Identity.Roles.MemberServices)
        || principal.IsInRole(Infrastructure.Identity.Roles.PrivacyOfficer)
        || principal.IsInRole(Infrastructure.Identity.Roles.Administrator);
}
