using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Fulfilment;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.PersonalData;
using ImiPortal.Web.Models.MyData;
using ImiPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Controllers;

/// <summary>
/// Self-service download of everything held about the member (access) or what they gave us (portability), at any
/// time, after confirming their password. The download link works for two minutes and only while the account's
/// security stamp is unchanged, so it dies with a password change, a lockout or erasure.
/// </summary>
[Authorize(Roles = Roles.Member)]
public sealed class MyDataController(
    UserManager<ApplicationUser> users,
    PortalDbContext db,
    AccessPackageWriter packages,
    IAuditLog audit,
    IDataProtectionProvider protection,
    TimeProvider time) : Controller
{
    private static readonly TimeSpan TicketLifetime = TimeSpan.FromMinutes(2);

    [HttpGet]
    public IActionResult Index() => View(new DownloadInput());

    [HttpPost]
    [EnableRateLimiting(RateLimitPolicies.Sensitive)]
    public async Task<IActionResult> Index(DownloadInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var user = await users.GetUserAsync(User);
        if (user is null || !await users.CheckPasswordAsync(user, input.Password))
        {
            ModelState.AddModelError(nameof(input.Password), "That password is not right");
            return View(input);
        }

        var ticket = Protector().Protect($"{user.Id}|{input.Kind}|{user.SecurityStamp}", TicketLifetime);
        return RedirectToAction(nameof(Download), new { ticket });
    }

    [HttpGet]
    public async Task<IActionResult> Download(string? ticket, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        var parts = Unprotect(ticket)?.Split('|');
        if (user is null || parts is not { Length: 3 } || parts[0] != user.Id.ToString() || parts[2] != user.SecurityStamp)
        {
            TempData["Status"] = "That download link has expired. Confirm your password to download again.";
            return RedirectToAction(nameof(Index));
        }

        var member = await db.Members.AsNoTracking().Where(m => m.UserId == user.Id && m.ErasedAt == null)
            .Select(m => new { m.Id }).FirstOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return NotFound();
        }

        var portable = parts[1] == "portable";
        audit.Record(portable ? "member.data.portability-downloaded" : "member.data.access-downloaded", member.Id);
        await db.SaveChangesAsync(cancellationToken);
        var package = await packages.WriteAsync(new DataSubject(member.Id, user.Id), portable ? RowScope.Provided : RowScope.AllButSecrets, cancellationToken);
        var date = Domain.UkTime.Today(time).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return File(package, "application/zip", portable ? $"my-imi-portable-data-{date}.zip" : $"my-imi-data-{date}.zip");
    }

    private ITimeLimitedDataProtector Protector() => protection.CreateProtector("MyData.Download.v1").ToTimeLimitedDataProtector();

    private string? Unprotect(string? ticket)
    {
        if (string.IsNullOrEmpty(ticket))
        {
            return null;
        }

        try
        {
            return Protector().Unprotect(ticket);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
