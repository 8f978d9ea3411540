using ImiPortal.Infrastructure.Identity;
using ImiPortal.Web.Queries;
using ImiPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImiPortal.Web.Controllers;

/// <summary>The member's MyIMI home.</summary>
[Authorize]
[ServiceFilter<Transparency.PrivacyNoticeChangesFilter>]
public sealed class MyImiController(MemberHomeQuery query) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.Member) && User.IsStaff())
        {
            return RedirectToAction("Index", "Dashboard", new { area = "Staff" });
        }

        var model = await query.RunAsync(User.UserId(), cancellationToken);
        return model is null ? NotFound() : View(model);
    }
}
