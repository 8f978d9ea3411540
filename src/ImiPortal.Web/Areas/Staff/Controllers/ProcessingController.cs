using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.Transparency;
using ImiPortal.Web.Models.Transparency;
using ImiPortal.Web.Queries.Transparency;
using ImiPortal.Web.Security;
using ImiPortal.Web.Transparency;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ImiPortal.Web.Areas.Staff.Controllers;

/// <summary>The record of processing (UK GDPR Art. 30): every member of staff can read and export it; the privacy officer edits it.</summary>
[Area("Staff")]
[Authorize(Roles = Roles.AnyStaff)]
public sealed class ProcessingController(ProcessingRegisterQuery register) : Controller
{
    public const string OptionsKey = "PurposeEditOptions";

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await register.RunAsync(cancellationToken));

    [HttpGet]
    public async Task<IActionResult> History(int id, [FromServices] PurposeHistoryQuery history, CancellationToken cancellationToken)
    {
        var model = await history.RunAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet]
    public async Task<IActionResult> Export([FromServices] ProcessingRegisterCsv csv, [FromServices] IOptions<PrivacyOptions> options, [FromServices] TimeProvider time, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await csv.WriteAsync(buffer, options.Value.Controller, options.Value.DpoContact, cancellationToken);
        var date = Domain.UkTime.Today(time).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return File(buffer.ToArray(), "text/csv; charset=utf-8", $"record-of-processing-{date}.csv");
    }

    [HttpGet]
    [Authorize(Roles = Roles.PrivacyOfficer)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var input = await register.EditInputAsync(id, cancellationToken);
        if (input is null || !await LoadOptionsAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return View(input);
    }

    [HttpPost]
    [Authorize(Roles = Roles.PrivacyOfficer)]
    public async Task<IActionResult> Edit(int id, PurposeEditInput input, [FromServices] ProcessingRegisterEditor editor, CancellationToken cancellationToken)
    {
        if (!await LoadOptionsAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        switch (await editor.SaveAsync(id, input, User.UserId(), cancellationToken))
        {
            case PurposeEditStatus.Saved:
                TempData["Status"] = "The register entry was saved as a new version.";
                return RedirectToAction(nameof(History), new { id });
            case PurposeEditStatus.NothingChanged:
                TempData["Status"] = "Nothing was changed, so no new version was made.";
                return RedirectToAction(nameof(Index));
            case PurposeEditStatus.UnknownRecipient:
                ModelState.AddModelError(nameof(input.RecipientIds), "Choose recipients from the list");
                return View(input);
            case PurposeEditStatus.Conflict:
                ModelState.AddModelError("", "Someone else changed this entry while you were editing it. Open it again to see their changes, then make yours.");
                return View(input);
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadOptionsAsync(int id, CancellationToken cancellationToken)
    {
        var options = await register.EditOptionsAsync(id, cancellationToken);
        ViewData[OptionsKey] = options;
        return options is not null;
    }
}
