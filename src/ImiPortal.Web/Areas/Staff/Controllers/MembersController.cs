using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Web.Handlers.Members;
using ImiPortal.Web.Models.Members;
using ImiPortal.Web.Queries.Members;
using ImiPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImiPortal.Web.Areas.Staff.Controllers;

/// <summary>
/// Members' records: find a member, see their details and the history of changes, and correct them on the member's
/// behalf (the policy lets members ask by email or phone). Every look at a record and every correction is audited.
/// </summary>
[Area("Staff")]
[Authorize(Roles = Roles.RequestHandlers)]
public sealed class MembersController(
    MemberSearchQuery search,
    MemberDetailsQuery details,
    UpdateMemberDetailsHandler update,
    IAuditLog audit,
    PortalDbContext db) : Controller
{
    public const string ViewedAction = "member.viewed";

    [HttpGet]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        // A search box is not a form to correct: a page number that does not bind is treated as the first page.
        ModelState.Clear();
        return View(await search.RunAsync(q, page, cancellationToken));
    }

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var model = await details.StaffRecordAsync(id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        await RecordViewAsync(id, "record", cancellationToken);
        return View(model);
    }

    [HttpGet]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var model = await details.StaffEditAsync(id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        await RecordViewAsync(id, "edit", cancellationToken);
        return View(model);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(Guid id, [Bind(Prefix = "Input")] StaffDetailsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (ModelState.IsValid)
        {
            var result = await update.HandleAsync(id, input, DetailsActor.Staff(User.UserId()), input.Reason, cancellationToken);
            switch (result.Outcome)
            {
                case DetailsUpdateOutcome.Saved or DetailsUpdateOutcome.NoChanges:
                    TempData["Status"] = result.Outcome == DetailsUpdateOutcome.Saved ? "The member's details are corrected." : "Nothing was changed, so nothing was recorded.";
                    return RedirectToAction(nameof(Details), new { id });
                case DetailsUpdateOutcome.NotFound:
                    return NotFound();
                default:
                    ModelState.Clear();
                    ModelState.AddModelError("", "These details were changed since you opened the page — here are the current details; make your correction again.");
                    var current = await details.StaffEditAsync(id, cancellationToken);
                    if (current is null)
                    {
                        return NotFound();
                    }

                    current.Input.Reason = input.Reason;
                    return View(current);
            }
        }

        var model = await details.StaffEditAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model with { Input = input });
    }

    private async Task RecordViewAsync(Guid memberId, string page, CancellationToken cancellationToken)
    {
        audit.Record(ViewedAction, memberId, "Member", memberId.ToString(), $"page={page}");
        await db.SaveChangesAsync(cancellationToken);
    }
}
