using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Fulfilment;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.PersonalData;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Areas.Staff.Controllers;

/// <summary>Staff generate the access (or portability) package of the member an access request is about.</summary>
[Area("Staff")]
[Authorize(Roles = Roles.RequestHandlers)]
public sealed class AccessPackagesController(PortalDbContext db, AccessPackageWriter packages, IAuditLog audit) : Controller
{
    [HttpGet]
    public async Task<IActionResult> ForRequest(Guid id, CancellationToken cancellationToken)
    {
        var target = await db.RightsRequests.AsNoTracking()
            .Where(r => r.Id == id && r.MemberId != null && (r.Type == RightsRequestType.Access || r.Type == RightsRequestType.Portability))
            .Join(db.Members.Where(m => m.ErasedAt == null), r => r.MemberId, m => m.Id, (r, m) => new { r.Reference, r.Type, m.Id, m.UserId })
            .FirstOrDefaultAsync(cancellationToken);
        if (target is null)
        {
            return NotFound();
        }

        audit.Record("member.access-package.generated", target.Id, "RightsRequest", id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        var scope = target.Type == RightsRequestType.Portability ? RowScope.Provided : RowScope.AllButSecrets;
        var package = await packages.WriteAsync(new DataSubject(target.Id, target.UserId), scope, cancellationToken);
        return File(package, "application/zip", $"access-package-{target.Reference}.zip");
    }
}
