using ImiPortal.Infrastructure.Identity;
using ImiPortal.Web.Models.Transparency;
using ImiPortal.Web.Queries.Transparency;
using ImiPortal.Web.Security;
using ImiPortal.Web.Transparency;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImiPortal.Web.Areas.Staff.Controllers;

/// <summary>The disclosure log: staff record when a member's data was shared, and it shows on the member's "My privacy".</summary>
[Area("Staff")]
[Authorize(Roles = Roles.AnyStaff)]
public sealed class DisclosuresController(DisclosureLogQuery log) : Controller
{
    public const string RecipientsKey = "DisclosureRecipients";
    public const string PurposesKey = "DisclosurePurposes";

    [HttpGet]
    public async Task<IActionResult> Index(string? membershipNumber, CancellationToken cancellationToken) =>
        View(await log.RunAsync(membershipNumber, cancellationToken));

    [HttpGet]
    public async Task<IActionResult> New(string? membershipNumber, [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        await LoadOptionsAsync(cancellationToken);
        return View(new DisclosureInput { MembershipNumber = membershipNumber?.Trim().ToUpperInvariant() ?? "", DisclosedOn = Domain.UkTime.Today(time) });
    }

    [HttpPost]
    public async Task<IActionResult> New(DisclosureInput input, [FromServices] DisclosureRecorder recorder, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await recorder.RecordAsync(input, User.UserId(), cancellationToken) is { } problem)
        {
            ModelState.AddModelError(problem.Field, problem.Message);
        }

        if (!ModelState.IsValid)
        {
            await LoadOptionsAsync(cancellationToken);
            return View(input);
        }

        TempData["Status"] = "The disclosure was recorded. The member can see it on their \"My privacy\" page.";
        return RedirectToAction(nameof(Index), new { membershipNumber = input.MembershipNumber.Trim().ToUpperInvariant() });
    }

    private async Task LoadOptionsAsync(CancellationToken cancellationToken)
    {
        var (recipients, purposes) = await log.OptionsAsync(cancellationToken);
        ViewData[RecipientsKey] = recipients;
        ViewData[PurposesKey] = purposes;
    }
}
