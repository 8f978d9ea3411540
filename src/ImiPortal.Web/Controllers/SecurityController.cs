using System.Globalization;
using System.Text.Json;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Web.Models.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QRCoder;

namespace ImiPortal.Web.Controllers;

/// <summary>Password and two-factor settings of the logged-in user (members and staff).</summary>
[Authorize]
public sealed class SecurityController(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn) : Controller
{
    private const string RecoveryCodesKey = "RecoveryCodes";

    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without a user.");
        var codes = TempData[RecoveryCodesKey] is string json ? JsonSerializer.Deserialize<string[]>(json) : null;
        return View(new SecurityViewModel(user.TwoFactorEnabled, await users.CountRecoveryCodesAsync(user), codes));
    }

    [HttpGet]
    public IActionResult ChangePassword() => View(new ChangePasswordInput());

    [HttpPost]
    public async Task<IActionResult> ChangePassword(ChangePasswordInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without a user.");
        var result = await users.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(input.CurrentPassword) : nameof(input.NewPassword),
                    error.Code == "PasswordMismatch" ? "Your current password is not right" : error.Description);
            }

            return View(input);
        }

        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = "Your password has been changed.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Authenticator()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without a user.");
        return View(await SetupModelAsync(user, new EnableAuthenticatorInput()));
    }

    [HttpPost]
    public async Task<IActionResult> Authenticator(EnableAuthenticatorInput input)
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without a user.");
        if (ModelState.IsValid)
        {
            var code = input.Code.Replace(" ", "", StringComparison.Ordinal);
            if (await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                await users.SetTwoFactorEnabledAsync(user, true);
                var recovery = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
                TempData[RecoveryCodesKey] = JsonSerializer.Serialize(recovery.ToArray());
                TempData["Status"] = "Two-step verification is on. Keep your recovery codes somewhere safe.";
                return RedirectToAction(nameof(Index));
            }

            ModelState.AddModelError(nameof(input.Code), "That code is not right. Check the time on your phone and try the newest code.");
        }

        return View(await SetupModelAsync(user, input));
    }

    [HttpPost]
    public async Task<IActionResult> Disable()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without a user.");
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = "Two-step verification is off.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> RecoveryCodes()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without a user.");
        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        var recovery = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
        TempData[RecoveryCodesKey] = JsonSerializer.Serialize(recovery.ToArray());
        TempData["Status"] = "New recovery codes were made; the old ones no longer work.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<AuthenticatorSetupViewModel> SetupModelAsync(ApplicationUser user, EnableAuthenticatorInput input)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/MyIMI:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer=MyIMI&digits=6");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        var grouped = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        return new AuthenticatorSetupViewModel(grouped, "data:image/png;base64," + Convert.ToBase64String(png), input);
    }
}
