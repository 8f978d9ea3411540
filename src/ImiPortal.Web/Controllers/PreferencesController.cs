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
    /// <param name="before">The page of the history after this event (the "Older changes" link); none for the newest.</param>
    [HttpGet]
    public async Task<IActionResult> Index(long? before, CancellationToken cancellationToken)
    {
        var model = await query.ForUserAsync(User.UserId(), before, cancellationToken);
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
