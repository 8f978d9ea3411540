using ImiPortal.Web.Models.Transparency;
using ImiPortal.Web.Transparency;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImiPortal.Web.Controllers;

/// <summary>The cookie page and the one place a cookie choice is made: accepting and rejecting are one equal POST each.</summary>
[AllowAnonymous]
public sealed class CookiesController(CookieConsent consent) : Controller
{
    [HttpGet]
    public IActionResult Index(string? returnUrl = null) =>
        View(new CookieSettingsViewModel(CookieConsent.ChoiceOf(Request), consent.ExemptionApplies, CookieCatalogue.All, SafeReturnUrl(returnUrl) ?? "/"));

    [HttpPost]
    public IActionResult Choose(string? analytics, string? returnUrl)
    {
        if (analytics is not ("yes" or "no"))
        {
            return BadRequest();
        }

        var accept = analytics == "yes";
        consent.Record(HttpContext, accept);
        TempData["Status"] = accept
            ? "You have accepted analytics cookies. You can change your cookie settings at any time."
            : "You have rejected analytics cookies. You can change your cookie settings at any time.";
        return LocalRedirect(SafeReturnUrl(returnUrl) ?? "/");
    }

    private string? SafeReturnUrl(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : null;
}
