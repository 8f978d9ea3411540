using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>The staff who work rights requests (member services and the privacy officer), for assigning and filtering.</summary>
public sealed class StaffDirectory(PortalDbContext db)
{
    private static readonly string[] HandlerRoles = [Roles.MemberServices, Roles.PrivacyOfficer];

    /// <summary>
    /// From the handler roles' memberships to their users (the index on the role id, then the primary key): a query
    /// that starts from the users instead walks every account, members included (100,000 at the benchmark's scale).
    /// </summary>
    public async Task<IReadOnlyList<StaffMember>> RequestHandlersAsync(CancellationToken cancellationToken)
    {
        var roleIds = await db.Roles.Where(r => HandlerRoles.Contains(r.Name!)).Select(r => r.Id).ToListAsync(cancellationToken);
        var handlers =
            from ur in db.UserRoles
            where roleIds.Contains(ur.RoleId)
            join u in db.Users on ur.UserId equals u.Id
            where u.DisabledAt == null && u.Email != null
            select new { u.Id, u.Email };
        // No DISTINCT in SQL (SQLite would then walk every user in id order): someone in both roles is listed once here.
        var rows = await handlers.OrderBy(u => u.Email).ThenBy(u => u.Id).ToListAsync(cancellationToken);
        return rows.DistinctBy(u => u.Id).Select(u => new StaffMember(u.Id, u.Email!)).ToList();
    }

    public Task<bool> IsRequestHandlerAsync(Guid userId, CancellationToken cancellationToken) =>
        Handlers().AnyAsync(u => u.Id == userId, cancellationToken);

    private IQueryable<ApplicationUser> Handlers() =>
        db.Users.Where(u => u.DisabledAt == null && u.Email != null
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && HandlerRoles.Contains(r.Name!))));
}
