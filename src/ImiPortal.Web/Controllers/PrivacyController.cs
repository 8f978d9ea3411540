using ImiPortal.Infrastructure.Identity;
using ImiPortal.Web.Models.Transparency;
using ImiPortal.Web.Queries.Transparency;
using ImiPortal.Web.Security;
using ImiPortal.Web.Transparency;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImiPortal.Web.Controllers;

/// <summary>The privacy notice (public, versioned), "My privacy" and the summary of changes members see after an update.</summary>
public sealed class PrivacyController(PrivacyNoticeQuery notice, PrivacyNotices notices) : Controller
{
    [HttpGet]
    [AllowAnonymous]
    public async Task<IActionResult> Index(int? version, CancellationToken cancellationToken)
    {
        var model = await notice.RunAsync(version, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet]
    [Authorize(Roles = Roles.Member)]
    public async Task<IActionResult> Mine([FromServices] MyPrivacyQuery query, CancellationToken cancellationToken)
    {
        var model = await query.RunAsync(User.UserId(), cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet]
    [Authorize(Roles = Roles.Member)]
    public async Task<IActionResult> Changes(CancellationToken cancellationToken)
    {
        var unseen = await notices.UnseenByAsync(User.UserId(), cancellationToken);
        if (unseen.Count == 0)
        {
            return RedirectToAction(nameof(MyImiController.Index), "MyImi");
        }

        var versions = await notice.VersionsAsync(cancellationToken);
        var shown = unseen.Select(u => u.Version).ToHashSet();
        return View(new NoticeChangesViewModel(unseen[^1].Version, [.. versions.Where(v => shown.Contains(v.Version)).OrderBy(v => v.Version)]));
    }

    [HttpPost]
    [ActionName(nameof(Changes))]
    [Authorize(Roles = Roles.Member)]
    public async Task<IActionResult> Acknowledge(int version, CancellationToken cancellationToken)
    {
        await notices.AcknowledgeAsync(User.UserId(), version, cancellationToken);
        TempData["Status"] = "Thank you. You can read the privacy notice at any time from the link at the foot of every page.";
        return RedirectToAction(nameof(MyImiController.Index), "MyImi");
    }
}
