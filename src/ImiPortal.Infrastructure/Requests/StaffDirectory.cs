using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>The staff who work rights requests (member services and the privacy officer), for assigning and filtering.</summary>
public sealed class StaffDirectory(PortalDbContext db)
{
    private static readonly string[] HandlerRoles = [Roles.MemberServices, Roles.PrivacyOfficer];

    public async Task<IReadOnlyList<StaffMember>> RequestHandlersAsync(CancellationToken cancellationToken) =>
        await Handlers().OrderBy(u => u.Email).Select(u => new StaffMember(u.Id, u.Email!)).ToListAsync(cancellationToken);

    public Task<bool> IsRequestHandlerAsync(Guid userId, CancellationToken cancellationToken) =>
        Handlers().AnyAsync(u => u.Id == userId, cancellationToken);

    private IQueryable<ApplicationUser> Handlers() =>
        db.Users.Where(u => u.DisabledAt == null && u.Email != null
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && HandlerRoles.Contains(r.Name!))));
}
