using ImiPortal.Infrastructure.Data;
using ImiPortal.Web.Models.MyImi;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Queries;

public sealed class MemberHomeQuery(PortalDbContext db)
{
    public Task<MemberHomeViewModel?> RunAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Members.AsNoTracking()
            .Where(m => m.UserId == userId && m.ErasedAt == null)
            .Select(m => new MemberHomeViewModel(m.FirstName, m.FirstName + " " + m.LastName, m.MembershipNumber,
                m.Status.ToString(), m.Grade.ToString(), m.MemberSince, m.UpdatedAt))
            .FirstOrDefaultAsync(cancellationToken);
}
