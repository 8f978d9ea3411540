using ImiPortal.Web.Models.Transparency;
using ImiPortal.Web.Queries.Transparency;
using ImiPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace ImiPortal.Web.Controllers;

/// <summary>
/// Public check of a member's status. The search is a GET (a bookmarkable, side-effect-free lookup), so the
/// rate limit sits on the GET action itself.
/// </summary>
[AllowAnonymous]
public sealed class MemberCheckController(MemberCheckQuery query) : Controller
{
    public const string ResultsKey = "MemberCheckResults";

    [HttpGet]
    [EnableRateLimiting(RateLimitPolicies.Sensitive)]
    public async Task<IActionResult> Index([FromQuery] MemberCheckInput input, CancellationToken cancellationToken)
    {
        if (input.IsEmpty)
        {
            ModelState.Clear();
            return View(input);
        }

        if (ModelState.IsValid)
        {
            ViewData[ResultsKey] = await query.RunAsync(input, cancellationToken);
        }

        return View(input);
    }
}
