using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>The staff who work rights requests (member services and the privacy officer), for assigning and filtering.</summary>
public sealed class StaffDirectory(PortalDbContext db, IMemoryCache cache)
{
    private static readonly string[] HandlerRoles = [Roles.MemberServices, Roles.PrivacyOfficer];
    private static readonly object ListKey = new();

    /// <summary>How long the list of handlers shown in the queue's and a request's drop-downs is reused.</summary>
    public static readonly TimeSpan ListLifetime = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The handlers for the queue's and a request's drop-downs, read at most every <see cref="ListLifetime"/> (issue #11:
    /// two queries on every queue page). A staff member added or disabled shows there within that time; whether someone
    /// may be assigned is always checked against the database (<see cref="RequestHandlerAsync"/>).
    /// </summary>
    public async Task<IReadOnlyList<StaffMember>> RequestHandlersAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(ListKey, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = ListLifetime;
            return ReadRequestHandlersAsync(cancellationToken);
        }) ?? [];

    /// <summary>
    /// From the handler roles' memberships to their users (the index on the role id, then the primary key): a query
    /// that starts from the users instead walks every account, members included (100,000 at the benchmark's scale).
    /// </summary>
    private async Task<IReadOnlyList<StaffMember>> ReadRequestHandlersAsync(CancellationToken cancellationToken)
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

    /// <summary>After staff accounts or roles change: the next page reads the list of handlers afresh.</summary>
    public static void Forget(IMemoryCache cache)
    {
        ArgumentNullException.ThrowIfNull(cache);
        cache.Remove(ListKey);
    }

    /// <summary>The handler with this user id, from the database (not the cached list); null when they are not one.</summary>
    public Task<StaffMember?> RequestHandlerAsync(Guid userId, CancellationToken cancellationToken) =>
        Handlers().Where(u => u.Id == userId).Select(u => new StaffMember(u.Id, u.Email!)).FirstOrDefaultAsync(cancellationToken);

    private IQueryable<ApplicationUser> Handlers() =>
        db.Users.Where(u => u.DisabledAt == null && u.Email != null
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && HandlerRoles.Contains(r.Name!))));
}
