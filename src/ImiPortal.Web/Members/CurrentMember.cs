using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Members;

/// <summary>
/// The logged-in member's record id and restriction flag, read once per request: the page's own query and the
/// analytics-cookie filter both need them, and a member page should not ask the database twice for the same row.
/// </summary>
public sealed class CurrentMember(PortalDbContext db)
{
    // Read on every member page: compiled once (issue #11).
    private static readonly CompiledPerModel<Func<PortalDbContext, Guid, CancellationToken, Task<Row?>>> RowQuery =
        new(() => EF.CompileAsyncQuery((PortalDbContext db, Guid userId, CancellationToken _) => db.Members.AsNoTracking()
            .Where(m => m.UserId == userId && m.ErasedAt == null)
            .Select(m => new Row(m.Id, m.IsRestricted))
            .FirstOrDefault()));

    private Guid? _userId;
    private Row? _row;

    /// <summary>The member linked to the login, unless erased; null for staff without a member record.</summary>
    public async Task<Row?> ForUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (_userId != userId)
        {
            _row = await RowQuery.For(db)(db, userId, cancellationToken);
            _userId = userId;
        }

        return _row;
    }

    /// <summary>For a query that has just read the member's row anyway: the rest of the request need not read it again.</summary>
    public void Remember(Guid userId, Row row)
    {
        _userId = userId;
        _row = row;
    }

    public async Task<Guid?> IdForUserAsync(Guid userId, CancellationToken cancellationToken) =>
        (await ForUserAsync(userId, cancellationToken))?.Id;

    public sealed record Row(Guid Id, bool IsRestricted);
}
