using ImiPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace ImiPortal.Infrastructure.Accounts;

public sealed record AccountCreationResult(ApplicationUser? User, IReadOnlyList<IdentityError> Errors)
{
    public bool Succeeded => User is not null;
}
