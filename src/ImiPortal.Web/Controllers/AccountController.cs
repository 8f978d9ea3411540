using ImiPortal.Domain.Security;
using ImiPortal.Infrastructure.Accounts;
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
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Controllers;

/// <summary>Registration, email confirmation, login and logout.</summary>
[AllowAnonymous]
public sealed class AccountController(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    AccountService accounts,
    PortalDbContext db,
    IEmailOutbox outbox,
    TimeProvider time) : Controller
{
    [HttpGet]
    public IActionResult Register() => View(new RegisterInput());

    [HttpPost]
    [EnableRateLimiting(RateLimitPolicies.Sensitive)]
    public async Task<IActionResult> Register(RegisterInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        if (await users.FindByEmailAsync(input.Email) is { } existing)
        {
            // Say the same as for a new account, so that the form does not reveal who has one.
            if (!existing.EmailConfirmed)
            {
                await QueueConfirmationAsync(existing, cancellationToken);
            }

            return RedirectToAction(nameof(RegisterConfirmation));
        }

        var result = await accounts.CreateMemberAsync(new NewMember(input.Email.Trim(), input.Password, input.Title, input.FirstName.Trim(), input.LastName.Trim()), emailConfirmed: false, cancellationToken);
        if (result.User is null)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(input.Password) : "", error.Description);
            }

            return View(input);
        }

        await QueueConfirmationAsync(result.User, cancellationToken);
        return RedirectToAction(nameof(RegisterConfirmation));
    }

    [HttpGet]
    public IActionResult RegisterConfirmation() => View();

    [HttpGet]
    public async Task<IActionResult> ConfirmEmail(Guid userId, string? code)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        var confirmed = false;
        if (user is not null && !string.IsNullOrEmpty(code))
        {
            var decoded = DecodeToken(code);
            confirmed = decoded is not null && (await users.ConfirmEmailAsync(user, decoded)).Succeeded;
        }

        return View(confirmed);
    }

    [HttpGet]
    public IActionResult ResendConfirmation() => View(new EmailInput());

    [HttpPost]
    [EnableRateLimiting(RateLimitPolicies.Sensitive)]
    public async Task<IActionResult> ResendConfirmation(EmailInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        if (await users.FindByEmailAsync(input.Email) is { EmailConfirmed: false } user)
        {
            await QueueConfirmationAsync(user, cancellationToken);
        }

        return RedirectToAction(nameof(RegisterConfirmation));
    }

    [HttpGet]
    public IActionResult Login(string? returnUrl = null)
    {
        ViewData["ReturnUrl"] = returnUrl;
        return View(new LoginInput());
    }

    [HttpPost]
    [EnableRateLimiting(RateLimitPolicies.Sensitive)]
    public async Task<IActionResult> Login(LoginInput input, string? returnUrl, CancellationToken cancellationToken)
    {
        ViewData["ReturnUrl"] = returnUrl;
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var user = await users.FindByEmailAsync(input.Email);
        if (user?.DisabledAt is not null)
        {
            user = null;
        }

        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, input.Password, input.RememberMe, lockoutOnFailure: true);
        if (user is not null)
        {
            await RecordLoginAsync(user, result.Succeeded, cancellationToken);
        }

        if (result.Succeeded)
        {
            return RedirectToLocal(returnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(TwoFactorController.Login), "TwoFactor", new { returnUrl, rememberMe = input.RememberMe });
        }

        if (result.IsLockedOut)
        {
            return RedirectToAction(nameof(Lockout));
        }

        ModelState.AddModelError(result.IsNotAllowed ? "" : nameof(input.Password), result.IsNotAllowed
            ? "You need to confirm your email address before you can log in. Use the link we emailed you, or ask for a new one."
            : "The email address or password is not right");
        ViewData["NotAllowed"] = result.IsNotAllowed;
        return View(input);
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(HomeController.Index), "Home");
    }

    [HttpGet]
    public IActionResult Lockout() => View();

    [HttpGet]
    public IActionResult AccessDenied() => View();

    private async Task QueueConfirmationAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = Url.Action(nameof(ConfirmEmail), "Account", new { userId = user.Id, code = EncodeToken(token) }, Request.Scheme)!;
        outbox.Add(AccountEmails.ConfirmEmail(user.Email!, link));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RecordLoginAsync(ApplicationUser user, bool succeeded, CancellationToken cancellationToken)
    {
        var memberId = await db.Members.Where(m => m.UserId == user.Id).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);
        var agent = Request.Headers.UserAgent.ToString();
        db.LoginRecords.Add(new LoginRecord
        {
            UserId = user.Id,
            MemberId = memberId,
            OccurredAt = time.GetUtcNow().UtcDateTime,
            Succeeded = succeeded,
            IpAddress = HttpContext.Connection.RemoteIpAddress?.ToString(),
            UserAgent = agent.Length > 300 ? agent[..300] : agent,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private IActionResult RedirectToLocal(string? returnUrl) =>
        Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(MyImiController.Index), "MyImi");

    internal static string EncodeToken(string token) => WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token));

    internal static string? DecodeToken(string code)
    {
        try
        {
            return System.Text.Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
