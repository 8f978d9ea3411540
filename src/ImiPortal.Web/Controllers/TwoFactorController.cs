using ImiPortal.Infrastructure.Identity;
using ImiPortal.Web.Models.Account;
using ImiPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace ImiPortal.Web.Controllers;

/// <summary>The second step of a login for accounts with an authenticator app.</summary>
[AllowAnonymous]
public sealed class TwoFactorController(SignInManager<ApplicationUser> signIn) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Login(bool rememberMe, string? returnUrl = null)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(AccountController.Login), "Account");
        }

        ViewData["ReturnUrl"] = returnUrl;
        return View(new TwoFactorLoginInput { RememberMe = rememberMe });
    }

    [HttpPost]
    [EnableRateLimiting(RateLimitPolicies.Sensitive)]
    public async Task<IActionResult> Login(TwoFactorLoginInput input, string? returnUrl)
    {
        ViewData["ReturnUrl"] = returnUrl;
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(AccountController.Login), "Account");
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var code = input.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = input.UseRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, input.RememberMe, input.RememberMachine);
        if (result.Succeeded)
        {
            return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(MyImiController.Index), "MyImi");
        }

        if (result.IsLockedOut)
        {
            return RedirectToAction(nameof(AccountController.Lockout), "Account");
        }

        ModelState.AddModelError(nameof(input.Code), "That code is not right. Check your authenticator app and try again.");
        return View(input);
    }
}
