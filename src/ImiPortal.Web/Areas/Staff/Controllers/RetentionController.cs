using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.Retention;
using ImiPortal.Web.Models.Retention;
using ImiPortal.Web.Queries.Retention;
using ImiPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImiPortal.Web.Areas.Staff.Controllers;

/// <summary>
/// The privacy officer's retention page: what the sweep removes under which purpose's period, legal holds, the report
/// of each run, the statistics that survive, and a button to run the sweep now.
/// </summary>
[Area("Staff")]
[Authorize(Roles = Roles.PrivacyOfficer)]
public sealed class RetentionController(RetentionQuery query) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await query.RunAsync(new LegalHoldInput(), cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Run(long id, CancellationToken cancellationToken) =>
        await query.ReportAsync(id, cancellationToken) is { } report ? View(report) : NotFound();

    [HttpGet]
    public async Task<IActionResult> Statistics(CancellationToken cancellationToken) =>
        View(await query.StatisticsAsync(cancellationToken));

    [HttpPost]
    public async Task<IActionResult> RunNow([FromServices] RetentionSweep sweep, CancellationToken cancellationToken)
    {
        var run = await sweep.RunAsync(User.UserId(), cancellationToken);
        TempData["Status"] = $"The retention sweep has run: {run.TotalAffected} records removed or anonymised.";
        return RedirectToAction(nameof(Run), new { id = run.Id });
    }

    [HttpPost]
    public async Task<IActionResult> PlaceHold([Bind(Prefix = "Hold")] LegalHoldInput input, [FromServices] LegalHolds holds, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && !await holds.PlaceAsync(input.MembershipNumber!, input.Reference!, input.Reason!, User.UserId(), cancellationToken))
        {
            ModelState.AddModelError("Hold.MembershipNumber", "No member has that membership number");
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await query.RunAsync(input, cancellationToken));
        }

        TempData["Status"] = "The legal hold is in place. Nothing about this member will be removed until it is released.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> ReleaseHold(long id, [FromServices] LegalHolds holds, CancellationToken cancellationToken)
    {
        if (!await holds.ReleaseAsync(id, User.UserId(), cancellationToken))
        {
            return NotFound();
        }

        TempData["Status"] = "The legal hold was released. The member's data is again subject to the usual retention periods.";
        return RedirectToAction(nameof(Index));
    }
}
