using ImiPortal.Domain;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.Web.Models.Requests;
using ImiPortal.Web.Queries.Requests;
using ImiPortal.Web.Requests;
using ImiPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImiPortal.Web.Areas.Staff.Controllers;

/// <summary>
/// Member services record a request received by phone, post or email, with the day it reached us (which starts
/// the clock), optionally linked to a member by membership number.
/// </summary>
[Area("Staff")]
[Authorize(Roles = Roles.RequestHandlers)]
public sealed class IntakeController(RequestFormQuery forms, RequestSummaryQuery summaries, RequestIntake intake, TimeProvider time) : Controller
{
    [HttpGet]
    public async Task<IActionResult> New(RightsRequestType? type, CancellationToken cancellationToken)
    {
        if (type is null || !Enum.IsDefined(type.Value))
        {
            return View("Choose", RightsCatalogue.All);
        }

        var input = new StaffIntakeInput { Type = type, ReceivedOn = UkTime.Today(time) };
        return View(await forms.ForStaffAsync(input, cancellationToken));
    }

    [HttpPost]
    public async Task<IActionResult> New([Bind(Prefix = "Input")] StaffIntakeInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        Guid? memberId = null;
        if (ModelState.IsValid && !string.IsNullOrWhiteSpace(input.MembershipNumber))
        {
            memberId = await forms.MemberIdByMembershipNumberAsync(input.MembershipNumber, cancellationToken);
            if (memberId is null)
            {
                ModelState.AddModelError("Input." + nameof(input.MembershipNumber),
                    "No member has this membership number. Check it with the requester, or leave it blank to record the request without linking it to a member.");
            }
        }

        if (!ModelState.IsValid)
        {
            return View(await forms.ForStaffAsync(input, cancellationToken));
        }

        var request = RequestInputMapper.ToNewRequest(input, input.Channel!.Value, memberId, User.UserId(), input.ReceivedOn);
        var result = await intake.SubmitAsync(request, cancellationToken);
        return RedirectToAction(nameof(Recorded), new { id = result.RequestId });
    }

    [HttpGet]
    public async Task<IActionResult> Recorded(Guid id, CancellationToken cancellationToken)
    {
        var model = await summaries.ByIdAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }
}
