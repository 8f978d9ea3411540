using System.Globalization;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Web.Handlers.Marketing;
using ImiPortal.Web.Models.Marketing;
using ImiPortal.Web.Queries.Marketing;
using ImiPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImiPortal.Web.Controllers;

/// <summary>The member's marketing preferences: channels, topics and named partners, applied at once, with their history.</summary>
[Authorize(Roles = Roles.Member)]
public sealed class PreferencesController(PreferencesQuery query, SavePreferencesHandler handler) : Controller
{
    /// <summary>
    /// The page, with the page of the history after the event in the query's <c>before</c> (the "Older changes" link;
    /// the newest page without it, or when it is not a number).
    /// </summary>
    /// <remarks>
    /// One of the busiest pages: it reads its one query value itself and takes no parameters, so that MVC skips model
    /// binding altogether (value providers and FluentValidation's look-up of customisations for each parameter were
    /// ~2.5% of the page, issue #11).
    /// </remarks>
    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var before = long.TryParse(Request.Query["before"], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null;
        var model = await query.ForUserAsync(User.UserId(), before, HttpContext.RequestAborted);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    public async Task<IActionResult> Index(PreferencesInput input, CancellationToken cancellationToken)
    {
        var memberId = await query.MemberIdForUserAsync(User.UserId(), cancellationToken);
        if (memberId is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            var model = await query.RunAsync(memberId.Value, User.UserId(), historyBefore: null, cancellationToken);
            return model is null ? NotFound() : View(model);
        }

        var changed = await handler.HandleAsync(memberId.Value, User.UserId(), input, cancellationToken);
        TempData["Status"] = changed == 0 ? "You did not change anything." : "Your marketing choices are saved. They apply from now.";
        return RedirectToAction(nameof(Index));
    }
}
