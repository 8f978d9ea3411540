using ImiPortal.Infrastructure.Identity;
using ImiPortal.Web.Queries.StaffRequests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImiPortal.Web.Areas.Staff.Controllers;

/// <summary>The back office's front page. Members cannot reach anything in the Staff area.</summary>
[Area("Staff")]
[Authorize(Roles = Roles.AnyStaff)]
public sealed class DashboardController(StaffDashboardQuery requests) : Controller
{
    /// <summary>Request counts for those who work requests; administrators (accounts only) see the links alone.</summary>
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(User.IsInRole(Roles.MemberServices) || User.IsInRole(Roles.PrivacyOfficer) ? await requests.RunAsync(cancellationToken) : null);
}
