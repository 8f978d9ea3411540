using ImiPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImiPortal.Web.Areas.Staff.Controllers;

/// <summary>The back office's front page. Members cannot reach anything in the Staff area.</summary>
[Area("Staff")]
[Authorize(Roles = Roles.AnyStaff)]
public sealed class DashboardController : Controller
{
    [HttpGet]
    public IActionResult Index() => View();
}
