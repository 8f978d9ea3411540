using ImiPortal.Infrastructure.Identity;
using ImiPortal.Web.Handlers.Members;
using ImiPortal.Web.Models.Members;
using ImiPortal.Web.Queries.Members;
using ImiPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace ImiPortal.Web.Controllers;

/// <summary>
/// "My details": the member keeps their details current (right to rectification) and changes their email address.
/// The member is always the logged-in user; no form field can point at another member.
/// </summary>
[Authorize(Roles = Roles.Member)]
public sealed class DetailsController(MemberDetailsQuery query, UpdateMemberDetailsHandler update, ChangeEmailHandler email) : Controller
{
    public const string ConflictMessage =
        "These details were changed since you opened the page — here are the current details; make your changes again.";

    /// <remarks>
    /// One of the busiest pages: it takes no parameters, so that MVC skips model binding altogether (value providers and
    /// FluentValidation's look-up of customisations for the cancellation token were ~2% of the page, issue #11).
    /// </remarks>
    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var model = await query.MemberPageForUserAsync(User.UserId(), HttpContext.RequestAborted);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    public async Task<IActionResult> Index([Bind(Prefix = "Input")] MemberDetailsInput input, CancellationToken cancellationToken)
    {
        var memberId = await query.MemberIdForUserAsync(User.UserId(), cancellationToken);
        if (memberId is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var result = await update.HandleAsync(memberId.Value, input, DetailsActor.Member(User.UserId()), reason: null, cancellationToken);
            switch (result.Outcome)
            {
                case DetailsUpdateOutcome.Saved or DetailsUpdateOutcome.NoChanges:
                    TempData["Status"] = result.Outcome == DetailsUpdateOutcome.Saved ? "Your details are saved." : "You did not change anything.";
                    return RedirectToAction(nameof(Index));
                case DetailsUpdateOutcome.NotFound:
                    return NotFound();
                default:
                    // Show what is stored now, not what was posted: the member redoes their change on the current details.
                    ModelState.Clear();
                    ModelState.AddModelError("", ConflictMessage);
                    var current = await query.MemberPageAsync(memberId.Value, cancellationToken);
                    return current is null ? NotFound() : View(current);
            }
        }

        var model = await query.MemberPageAsync(memberId.Value, cancellationToken);
        return model is null ? NotFound() : View(model with { Input = input });
    }

    [HttpGet]
    public async Task<IActionResult> Email(CancellationToken cancellationToken)
    {
        var model = await query.MemberPageForUserAsync(User.UserId(), cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        ViewData["CurrentEmail"] = model.Email;
        ViewData["PendingEmail"] = model.PendingEmail;
        return View(new ChangeEmailInput());
    }

    [HttpPost]
    [EnableRateLimiting(RateLimitPolicies.Sensitive)]
    public async Task<IActionResult> Email(ChangeEmailInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (ModelState.IsValid)
        {
            var outcome = await email.RequestAsync(User.UserId(), input, LinkFor, cancellationToken);
            switch (outcome)
            {
                case ChangeEmailOutcome.LinkSent:
                    TempData["Status"] = "We have emailed a link to your new address. Your email address changes when you open it.";
                    return RedirectToAction(nameof(Index));
                case ChangeEmailOutcome.NotFound:
                    return NotFound();
                case ChangeEmailOutcome.WrongPassword:
                    ModelState.AddModelError(nameof(input.CurrentPassword), "The password is not right");
                    break;
                case ChangeEmailOutcome.SameAsCurrent:
                    ModelState.AddModelError(nameof(input.NewEmail), "This is already your email address");
                    break;
                default:
                    ModelState.AddModelError(nameof(input.NewEmail), "This email address is already used by another MyIMI account. Enter a different one");
                    break;
            }
        }

        var model = await query.MemberPageForUserAsync(User.UserId(), cancellationToken);
        ViewData["CurrentEmail"] = model?.Email;
        ViewData["PendingEmail"] = model?.PendingEmail;
        input.CurrentPassword = "";
        return View(input);
    }

    /// <summary>The link from the email: it may be opened in a browser where nobody is logged in.</summary>
    [HttpGet]
    [AllowAnonymous]
    public async Task<IActionResult> ConfirmEmail(Guid userId, string? code, [FromServices] SignInManager<ApplicationUser> signIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        var token = string.IsNullOrEmpty(code) ? null : AccountController.DecodeToken(code);
        var user = token is null ? null : await email.ConfirmAsync(userId, token, cancellationToken);
        if (user is not null && User.Identity?.IsAuthenticated == true && User.UserId() == user.Id)
        {
            // The change moved the security stamp on; keep this browser signed in with the new login name.
            await signIn.RefreshSignInAsync(user);
        }

        return View(user is not null);
    }

    private string LinkFor(Guid userId, string token) =>
        Url.Action(nameof(ConfirmEmail), "Details", new { userId, code = AccountController.EncodeToken(token) }, Request.Scheme)!;
}
