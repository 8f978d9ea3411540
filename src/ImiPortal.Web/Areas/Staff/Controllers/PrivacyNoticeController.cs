using ImiPortal.Infrastructure.Identity;
using ImiPortal.Web.Models.Transparency;
using ImiPortal.Web.Queries.Transparency;
using ImiPortal.Web.Security;
using ImiPortal.Web.Transparency;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImiPortal.Web.Areas.Staff.Controllers;

/// <summary>The privacy notice's versions; the privacy officer publishes a new one with a summary of what changed.</summary>
[Area("Staff")]
[Authorize(Roles = Roles.AnyStaff)]
public sealed class PrivacyNoticeController(PrivacyNoticeQuery notice) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await notice.VersionsAsync(cancellationToken));

    [HttpGet]
    [Authorize(Roles = Roles.PrivacyOfficer)]
    public async Task<IActionResult> Publish(CancellationToken cancellationToken) =>
        View(new NoticePublishInput { Body = await notice.CurrentBodyAsync(cancellationToken) });

    [HttpPost]
    [Authorize(Roles = Roles.PrivacyOfficer)]
    public async Task<IActionResult> Publish(NoticePublishInput input, [FromServices] PrivacyNoticePublisher publisher, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        if (await publisher.PublishAsync(input, User.UserId(), cancellationToken) is not { } version)
        {
            ModelState.AddModelError(nameof(input.Body), "The text is the same as the current version: change the notice before publishing it");
            return View(input);
        }

        TempData["Status"] = $"Version {version} of the privacy notice is published. Members will see the summary of changes at their next visit.";
        return RedirectToAction(nameof(Index));
    }
}
