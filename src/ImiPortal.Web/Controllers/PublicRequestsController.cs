using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.Web.Models.Requests;
using ImiPortal.Web.Queries.Requests;
using ImiPortal.Web.Requests;
using ImiPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace ImiPortal.Web.Controllers;

/// <summary>
/// Rights requests from anyone, without an account (past customers, learners). A request counts as received
/// when the requester confirms their email address by the link we send; they can then follow it by a private link.
/// </summary>
[AllowAnonymous]
public sealed class PublicRequestsController(
    RequestFormQuery forms,
    RequestSummaryQuery summaries,
    RequestIntake intake,
    PublicRequestConfirmation confirmation,
    RequestTokens tokens) : Controller
{
    [HttpGet]
    public IActionResult Index() => View(RightsCatalogue.All);

    [HttpGet]
    public async Task<IActionResult> New(RightsRequestType? type, CancellationToken cancellationToken)
    {
        if (type is null || !Enum.IsDefined(type.Value))
        {
            return RedirectToAction(nameof(Index));
        }

        if (User.IsInRole(Roles.Member))
        {
            // A member's own form is prefilled and needs no email confirmation.
            return RedirectToAction(nameof(RequestsController.New), "Requests", new { type });
        }

        return View(await forms.FormAsync(new RequestFormInput { Type = type }, RequestFormMode.Public, cancellationToken));
    }

    [HttpPost]
    [EnableRateLimiting(RateLimitPolicies.Sensitive)]
    public async Task<IActionResult> New([Bind(Prefix = "Input")] RequestFormInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return View(await forms.FormAsync(input, RequestFormMode.Public, cancellationToken));
        }

        // Never linked to a member here: the person has shown nothing yet, not even that the address is theirs.
        await intake.SubmitAsync(RequestInputMapper.ToNewRequest(input, RequestChannel.PublicForm, memberId: null, actorUserId: null), cancellationToken);
        return RedirectToAction(nameof(CheckEmail));
    }

    [HttpGet]
    public IActionResult CheckEmail() => View();

    [HttpGet]
    public async Task<IActionResult> Confirm(string? token, CancellationToken cancellationToken)
    {
        var outcome = tokens.TryReadEmailConfirmation(token, out var requestId)
            ? await confirmation.ConfirmAsync(requestId, cancellationToken)
            : EmailConfirmationOutcome.NotFound;
        if (outcome == EmailConfirmationOutcome.NotFound)
        {
            return View("ConfirmFailed");
        }

        TempData["Status"] = outcome == EmailConfirmationOutcome.Confirmed
            ? "Thank you: your email address is confirmed and we have received your request."
            : "Your email address was already confirmed: here is your request.";
        return RedirectToAction(nameof(Track), new { token = tokens.ForTracking(requestId) });
    }

    [HttpGet]
    public async Task<IActionResult> Track(string? token, CancellationToken cancellationToken)
    {
        var model = tokens.TryReadTracking(token, out var requestId) ? await summaries.ByIdAsync(requestId, cancellationToken) : null;
        return model is null ? NotFound() : View(model);
    }
}
