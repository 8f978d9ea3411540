using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Erasure;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.PersonalData;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.Web.Models.Erasure;
using ImiPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Areas.Staff.Controllers;

/// <summary>
/// Erasure of a member from an erasure request: a preview of what will be deleted, anonymised and kept (and why),
/// then, after the privacy officer types the membership number, erasure and completion in one transaction.
/// </summary>
[Area("Staff")]
[Authorize(Roles = Roles.PrivacyOfficer)]
public sealed class ErasureController(PortalDbContext db, ErasureEngine engine, RequestWorkflow workflow, IAuditLog audit, ILogger<ErasureController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Preview(Guid id, CancellationToken cancellationToken)
    {
        var model = await PreviewModelAsync(id, new ConfirmErasureInput(), cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        audit.Record("member.erasure.previewed", (await SubjectAsync(id, cancellationToken))?.MemberId, "RightsRequest", id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return View(model);
    }

    [HttpPost]
    public async Task<IActionResult> Preview(Guid id, ConfirmErasureInput input, CancellationToken cancellationToken)
    {
        var subject = await SubjectAsync(id, cancellationToken);
        if (subject is null)
        {
            return NotFound();
        }

        var number = await db.Members.Where(m => m.Id == subject.MemberId).Select(m => m.MembershipNumber).SingleAsync(cancellationToken);
        if (ModelState.IsValid && !string.Equals(input.MembershipNumber.Trim(), number, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(input.MembershipNumber), "That is not this member's membership number");
        }

        if (ModelState.IsValid && await engine.IsUnderLegalHoldAsync(subject.MemberId, cancellationToken))
        {
            ModelState.AddModelError("", LegalHoldMessage);
        }

        if (!ModelState.IsValid)
        {
            return View(await PreviewModelAsync(id, input, cancellationToken));
        }

        var strategy = db.Database.CreateExecutionStrategy();
        var result = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var preview = await engine.PreviewAsync(subject, cancellationToken);
            var outcome = new ErasureOutcome(
                preview.Where(l => l.Action == Domain.Erasure.ErasureAction.Delete).Sum(l => l.Rows),
                preview.Where(l => l.Action == Domain.Erasure.ErasureAction.Anonymise).Sum(l => l.Rows),
                preview.Where(l => l.Action == Domain.Erasure.ErasureAction.Keep).Sum(l => l.Rows));
            // Complete first, while the request still holds the address the completion notice goes to.
            var completed = await workflow.CompleteAsync(id, input.Stamp, new StaffActor(User.UserId(), IsPrivacyOfficer: true), outcome.Summary, cancellationToken);
            if (!completed.Succeeded)
            {
                return completed;
            }

            await engine.EraseAsync(subject, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return completed;
        });
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", result.Reason ?? "The request cannot be completed now.");
            return View(await PreviewModelAsync(id, input, cancellationToken));
        }

        // Leave no earlier copy of the erased pages in SQLite's write-ahead log.
        await SqliteConnectionSettings.CheckpointAsync(db.Database, logger, CancellationToken.None);

        TempData["Status"] = "The member has been erased and the request completed.";
        return RedirectToAction("Details", "Requests", new { id });
    }

    private const string LegalHoldMessage =
        "This member is under a legal hold: their data is needed for a live legal claim, so it cannot be erased now (Art. 17(3)(e)). " +
        "Release the hold on the Retention page when the claim ends, or refuse the request with that exemption.";

    private async Task<DataSubject?> SubjectAsync(Guid requestId, CancellationToken cancellationToken) =>
        await db.RightsRequests.AsNoTracking()
            .Where(r => r.Id == requestId && r.Type == RightsRequestType.Erasure && r.MemberId != null)
            .Join(db.Members.Where(m => m.ErasedAt == null), r => r.MemberId, m => m.Id, (r, m) => new DataSubject(m.Id, m.UserId))
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<ErasurePreviewViewModel?> PreviewModelAsync(Guid requestId, ConfirmErasureInput input, CancellationToken cancellationToken)
    {
        var subject = await SubjectAsync(requestId, cancellationToken);
        if (subject is null)
        {
            return null;
        }

        var request = await db.RightsRequests.AsNoTracking().SingleAsync(r => r.Id == requestId, cancellationToken);
        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == subject.MemberId, cancellationToken);
        var lines = await engine.PreviewAsync(subject, cancellationToken);
        var held = await engine.IsUnderLegalHoldAsync(subject.MemberId, cancellationToken);
        return new ErasurePreviewViewModel(request.Id, request.Reference, member.FullName, member.MembershipNumber, request.ConcurrencyStamp, lines, input, held);
    }
}
