using ImiPortal.Domain.Consent;
using ImiPortal.Infrastructure.Consent;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Data.Seeding;
using ImiPortal.Web.Models.Marketing;
using ImiPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Controllers;

/// <summary>
/// The one-click unsubscribe link in every marketing email; works without logging in. GET only shows a
/// confirmation (mail scanners open links); POST unsubscribes, including the RFC 8058 one-click POST that
/// mail apps send ("List-Unsubscribe=One-Click") without cookies or an antiforgery token: the signed token
/// in the URL is the protection.
/// </summary>
[AllowAnonymous]
[Route("Unsubscribe/{token}")]
public sealed class UnsubscribeController(UnsubscribeTokens tokens, ConsentLedger ledger, PortalDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Confirm(string token, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } memberId)
        {
            return Refuse(StatusCodes.Status400BadRequest);
        }

        if (!await db.Members.AnyAsync(m => m.Id == memberId && m.ErasedAt == null, cancellationToken))
        {
            return Refuse(StatusCodes.Status404NotFound);
        }

        var wording = await db.ConsentWordings.Where(w => w.Key == ConsentWordingSeeds.UnsubscribeKey)
            .OrderByDescending(w => w.Version).Select(w => w.Text).FirstAsync(cancellationToken);
        return View(new UnsubscribeViewModel(token, wording));
    }

    [HttpPost("")]
    [IgnoreAntiforgeryToken]
    [EnableRateLimiting(RateLimitPolicies.Sensitive)]
    public async Task<IActionResult> Unsubscribe(string token, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } memberId)
        {
            return Refuse(StatusCodes.Status400BadRequest);
        }

        var result = await ledger.RecordAsync(
            new ConsentRecord(memberId, [new ConsentChange(ConsentSubject.ForChannel(MarketingChannel.Email), Granted: false)], ConsentSource.UnsubscribeLink)
            {
                WordingKey = ConsentWordingSeeds.UnsubscribeKey,
            },
            cancellationToken);
        return result.MemberFound ? View("Done") : Refuse(StatusCodes.Status404NotFound);
    }

    /// <summary>A clear page for a link that is not one of ours (400) or whose member is gone (404); nothing changes.</summary>
    private ViewResult Refuse(int statusCode)
    {
        var view = View("Invalid", statusCode);
        view.StatusCode = statusCode;
        return view;
    }
}
