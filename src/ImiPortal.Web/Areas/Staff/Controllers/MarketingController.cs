using ImiPortal.Domain;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Consent;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Web.Handlers.Marketing;
using ImiPortal.Web.Models.Marketing;
using ImiPortal.Web.Queries.Marketing;
using ImiPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImiPortal.Web.Areas.Staff.Controllers;

/// <summary>Back office marketing: a member's permissions and ledger, phone and post opt-outs, and the audience export.</summary>
[Area("Staff")]
[Authorize(Roles = Roles.AnyStaff)]
public sealed class MarketingController(StaffMarketingQuery query, RecordOptOutHandler optOut, AudienceCsvWriter audience, IAuditLog audit, PortalDbContext db, TimeProvider time) : Controller
{
    [HttpGet]
    public IActionResult Index() => View(new FindMemberInput());

    [HttpGet]
    public async Task<IActionResult> Find(FindMemberInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), input);
        }

        var memberId = await query.FindByMembershipNumberAsync(FindMemberInputValidator.Normalise(input.MembershipNumber), cancellationToken);
        if (memberId is null)
        {
            ModelState.AddModelError(nameof(input.MembershipNumber), "No member has that membership number");
            return View(nameof(Index), input);
        }

        return RedirectToAction(nameof(Member), new { id = memberId });
    }

    /// <param name="before">The page of the consent history after this event (the "Older changes" link); none for the newest.</param>
    [HttpGet]
    public async Task<IActionResult> Member(Guid id, long? before, CancellationToken cancellationToken)
    {
        var model = await query.MemberAsync(id, before, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        audit.Record("marketing.member.viewed", id, "Member", id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return View(model);
    }

    [HttpPost]
    public async Task<IActionResult> Member(Guid id, [Bind(Prefix = "Input")] OptOutInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            if (await optOut.HandleAsync(id, User.UserId(), input, cancellationToken))
            {
                TempData["Status"] = "The opt-out is recorded and applies from now.";
                return RedirectToAction(nameof(Member), new { id });
            }

            ModelState.AddModelError("", "This member's record no longer exists, so nothing was recorded.");
        }

        var model = await query.MemberAsync(id, historyBefore: null, cancellationToken);
        return model is null ? NotFound() : View(model with { Input = input });
    }

    /// <summary>Without a query: the form. With one: the CSV of who may be contacted on the channel about the topic today, streamed.</summary>
    [HttpGet]
    public async Task<IActionResult> Audience(AudienceInput input, CancellationToken cancellationToken)
    {
        if (Request.Query.Count == 0)
        {
            ModelState.Clear();
            return View(await query.AudienceFormAsync(new AudienceInput(), cancellationToken));
        }

        if (ModelState.IsValid && !await query.IsActiveTopicAsync(input.TopicId!.Value, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.TopicId), "Choose a subject");
        }

        if (!ModelState.IsValid)
        {
            return View(await query.AudienceFormAsync(input, cancellationToken));
        }

        var channel = input.Channel!.Value;
        var topicId = input.TopicId!.Value;
        audit.Record("marketing.audience.exported", null, "MarketingTopic", topicId.ToString(System.Globalization.CultureInfo.InvariantCulture), $"channel={channel}; topicId={topicId}");
        await db.SaveChangesAsync(cancellationToken);

        var today = UkTime.Today(time).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"audience-{channel.ToString().ToLowerInvariant()}-topic-{topicId}-{today}.csv\"";
        Response.Headers.CacheControl = "no-store";
        await audience.WriteAsync(Response.Body, channel, topicId, cancellationToken);
        return new EmptyResult();
    }
}
