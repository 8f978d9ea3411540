using Microsoft.AspNetCore.Identity;

namespace ImiPortal.Infrastructure.Identity;

/// <summary>
/// A MyIMI login. Personal details live on <see cref="Domain.Members.Member"/>; the personal-data
/// tags of the inherited Identity columns are declared in <c>ApplicationUserConfiguration</c>.
/// </summary>
public class ApplicationUser : IdentityUser<Guid>
{
    public DateTime CreatedAt { get; set; }

    /// <summary>Set when the account is disabled (e.g. after erasure); such a user can never log in.</summary>
    public DateTime? DisabledAt { get; set; }
}
