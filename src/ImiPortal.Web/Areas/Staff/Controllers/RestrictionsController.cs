using ImiPortal.Domain;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.Infrastructure.Restriction;
using ImiPortal.Web.Models.Retention;
using ImiPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Areas.Staff.Controllers;

/// <summary>
/// Restriction of processing (Art. 18) for one member: apply it, tell the member it will be lifted (the law requires
/// notice first), then lift it once the date given has come.
/// </summary>
[Area("Staff")]
[Authorize(Roles = Roles.RequestHandlers)]
public sealed class RestrictionsController(PortalDbContext db, Restrictions restrictions, IAuditLog audit, TimeProvider time) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Member(Guid id, Guid? requestId, CancellationToken cancellationToken)
    {
        var model = await ModelAsync(id, new ApplyRestrictionInput { RequestId = requestId }, new LiftNoticeInput(), cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        if (model.Apply.RequestId is { } rid && model.Requests.FirstOrDefault(r => r.Id == rid) is { Ground: { } ground })
        {
            model.Apply.Ground ??= ground;
        }

        audit.Record("member.restriction.viewed", id, "Member", id.ToString(), null);
        await db.SaveChangesAsync(cancellationToken);
        return View(model);
    }

    [HttpPost]
    public async Task<IActionResult> Apply(Guid id, [Bind(Prefix = "Apply")] ApplyRestrictionInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await restrictions.ApplyAsync(id, input.Ground!.Value, input.RequestId, User.UserId(), cancellationToken);
            if (result.Outcome == WorkflowOutcome.NotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                TempData["Status"] = "Processing is now restricted. The member has been told by email.";
                return RedirectToAction(nameof(Member), new { id });
            }

            ModelState.AddModelError("", result.Reason!);
        }

        return await RedisplayAsync(id, input, new LiftNoticeInput(), cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> Notice(Guid id, long restrictionId, [Bind(Prefix = "Notice")] LiftNoticeInput input, CancellationToken cancellationToken)
    {
        if (!await BelongsAsync(id, restrictionId, cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var result = await restrictions.GiveLiftNoticeAsync(restrictionId, input.Reason!, input.NotBefore!.Value, User.UserId(), cancellationToken);
            if (result.Succeeded)
            {
                TempData["Status"] = "The member has been told by email when and why the restriction will be lifted.";
                return RedirectToAction(nameof(Member), new { id });
            }

            ModelState.AddModelError(result.Field is null ? "" : "Notice." + result.Field, result.Reason!);
        }

        return await RedisplayAsync(id, new ApplyRestrictionInput(), input, cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> Lift(Guid id, long restrictionId, CancellationToken cancellationToken)
    {
        if (!await BelongsAsync(id, restrictionId, cancellationToken))
        {
            return NotFound();
        }

        var result = await restrictions.LiftAsync(restrictionId, User.UserId(), cancellationToken);
        if (result.Succeeded)
        {
            TempData["Status"] = "The restriction has been lifted and the member told.";
            return RedirectToAction(nameof(Member), new { id });
        }

        ModelState.AddModelError("", result.Reason!);
        return await RedisplayAsync(id, new ApplyRestrictionInput(), new LiftNoticeInput(), cancellationToken);
    }

    private Task<bool> BelongsAsync(Guid memberId, long restrictionId, CancellationToken cancellationToken) =>
        db.ProcessingRestrictions.AnyAsync(r => r.Id == restrictionId && r.MemberId == memberId, cancellationToken);

    private async Task<IActionResult> RedisplayAsync(Guid id, ApplyRestrictionInput apply, LiftNoticeInput notice, CancellationToken cancellationToken) =>
        await ModelAsync(id, apply, notice, cancellationToken) is { } model ? View(nameof(Member), model) : NotFound();

    private async Task<MemberRestrictionViewModel?> ModelAsync(Guid memberId, ApplyRestrictionInput apply, LiftNoticeInput notice, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().Where(m => m.Id == memberId && m.ErasedAt == null)
            .Select(m => new { m.FirstName, m.LastName, m.MembershipNumber }).SingleOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return null;
        }

        var all = await db.ProcessingRestrictions.AsNoTracking().Where(r => r.MemberId == memberId).OrderByDescending(r => r.AppliedAt).ToListAsync(cancellationToken);
        var requests = await db.RightsRequests.AsNoTracking()
            .Where(r => r.MemberId == memberId && r.Type == RightsRequestType.Restriction)
            .OrderByDescending(r => r.CreatedAt)
            .Select(r => new { r.Id, r.Reference, r.RestrictionGround }).ToListAsync(cancellationToken);
        var active = all.FirstOrDefault(r => r.IsActive);
        var earliest = restrictions.EarliestLiftDate;
        notice.NotBefore ??= earliest;
        return new MemberRestrictionViewModel(
            memberId, $"{member.FirstName} {member.LastName}", member.MembershipNumber, active, [.. all.Where(r => !r.IsActive)],
            [.. requests.Select(r => (r.Id, r.Reference, r.RestrictionGround))], earliest, active?.MayLiftOn(UkTime.Today(time)) == true, apply, notice);
    }
}
