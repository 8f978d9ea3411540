using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.Web.Models.Requests;
using ImiPortal.Web.Queries.Requests;
using ImiPortal.Web.Requests;
using ImiPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImiPortal.Web.Controllers;

/// <summary>
/// The member's rights requests: the rights explained, a form for each (prefilled, linked to the logged-in
/// member), "My requests" with status, due date and history, and withdrawing an open request.
/// </summary>
[Authorize(Roles = Roles.Member)]
public sealed class RequestsController(RequestFormQuery forms, RequestSummaryQuery summaries, RequestIntake intake, MemberRequestWithdrawal withdrawal) : Controller
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

        var memberId = await forms.MemberIdForUserAsync(User.UserId(), cancellationToken);
        var model = memberId is null ? null : await forms.ForMemberAsync(memberId.Value, type.Value, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    public async Task<IActionResult> New([Bind(Prefix = "Input")] RequestFormInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var memberId = await forms.MemberIdForUserAsync(User.UserId(), cancellationToken);
        if (memberId is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(await forms.FormAsync(input, RequestFormMode.Member, cancellationToken));
        }

        var result = await intake.SubmitAsync(RequestInputMapper.ToNewRequest(input, RequestChannel.MyImi, memberId, User.UserId()), cancellationToken);
        return result.MemberId == memberId
            ? RedirectToAction(nameof(Submitted), new { id = result.RequestId })
            : RedirectToAction(nameof(Mine));
    }

    [HttpGet]
    public Task<IActionResult> Submitted(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    [HttpGet]
    public async Task<IActionResult> Mine(CancellationToken cancellationToken)
    {
        var rows = await summaries.MineForUserAsync(User.UserId(), cancellationToken);
        return rows is null ? NotFound() : View(rows);
    }

    [HttpGet]
    public Task<IActionResult> Details(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    [HttpGet]
    public async Task<IActionResult> Withdraw(Guid id, CancellationToken cancellationToken)
    {
        var memberId = await forms.MemberIdForUserAsync(User.UserId(), cancellationToken);
        var model = memberId is null ? null : await summaries.ForMemberAsync(memberId.Value, id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        if (!model.CanWithdraw)
        {
            TempData["Status"] = "This request is closed, so there is nothing to withdraw.";
            return RedirectToAction(nameof(Details), new { id });
        }

        return View(model);
    }

    [HttpPost]
    [ActionName(nameof(Withdraw))]
    public async Task<IActionResult> WithdrawConfirmed(Guid id, CancellationToken cancellationToken)
    {
        var memberId = await forms.MemberIdForUserAsync(User.UserId(), cancellationToken);
        var outcome = memberId is null
            ? WithdrawalOutcome.NotFound
            : await withdrawal.WithdrawAsync(memberId.Value, id, User.UserId(), cancellationToken);
        switch (outcome)
        {
            case WithdrawalOutcome.NotFound:
                return NotFound();
            case WithdrawalOutcome.AlreadyClosed:
                TempData["Status"] = "This request is closed, so there is nothing to withdraw.";
                break;
            default:
                TempData["Status"] = "You have withdrawn this request. We will take no further action on it.";
                break;
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        var memberId = await forms.MemberIdForUserAsync(User.UserId(), cancellationToken);
        var model = memberId is null ? null : await summaries.ForMemberAsync(memberId.Value, id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }
}
