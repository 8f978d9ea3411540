using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Email;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Web.Emails;
using ImiPortal.Web.Models.Account;
using ImiPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace ImiPortal.Web.Controllers;

/// <summary>Forgotten password and reset by emailed link.</summary>
[AllowAnonymous]
public sealed class PasswordController(UserManager<ApplicationUser> users, PortalDbContext db, IEmailOutbox outbox) : Controller
{
    [HttpGet]
    public IActionResult Forgot() => View(new EmailInput());

    [HttpPost]
    [EnableRateLimiting(RateLimitPolicies.Sensitive)]
    public async Task<IActionResult> Forgot(EmailInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var user = await users.FindByEmailAsync(input.Email);
        if (user is { DisabledAt: null })
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = Url.Action(nameof(Reset), "Password", new { code = AccountController.EncodeToken(token) }, Request.Scheme)!;
            outbox.Add(AccountEmails.ResetPassword(user.Email!, link));
        }
        else if (user is null)
        {
            outbox.Add(AccountEmails.NoAccountForReset(input.Email));
        }

        await db.SaveChangesAsync(cancellationToken);
        return RedirectToAction(nameof(ForgotConfirmation));
    }

    [HttpGet]
    public IActionResult ForgotConfirmation() => View();

    [HttpGet]
    public IActionResult Reset(string? code) =>
        string.IsNullOrEmpty(code) ? RedirectToAction(nameof(Forgot)) : View(new ResetPasswordInput { Code = code });

    [HttpPost]
    [EnableRateLimiting(RateLimitPolicies.Sensitive)]
    public async Task<IActionResult> Reset(ResetPasswordInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var user = await users.FindByEmailAsync(input.Email);
        var token = AccountController.DecodeToken(input.Code);
        if (user is null || token is null)
        {
            // The same answer as success would give away nothing, but a person needs to know the link failed.
            ModelState.AddModelError("", "This reset link is not valid for that email address, or it has expired. Ask for a new one.");
            return View(input);
        }

        var result = await users.ResetPasswordAsync(user, token, input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(input.Password) : "";
                var message = error.Code == "InvalidToken" ? "This reset link is not valid for that email address, or it has expired. Ask for a new one." : error.Description;
                ModelState.AddModelError(field, message);
            }

            return View(input);
        }

        await users.ResetAccessFailedCountAsync(user);
        return RedirectToAction(nameof(ResetConfirmation));
    }

    [HttpGet]
    public IActionResult ResetConfirmation() => View();
}
