using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImiPortal.Web.Controllers;

[AllowAnonymous]
public sealed class HomeController : Controller
{
    [HttpGet]
    public IActionResult Index() => View();

    /// <summary>Re-executed by the exception handler with the failed request's method, so any verb is accepted.</summary>
    [Route("/Home/Error")]
    [IgnoreAntiforgeryToken]
    [ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
    public IActionResult Error() => View("Error", Activity.Current?.Id ?? HttpContext.TraceIdentifier);

    /// <summary>Friendly pages for 404, 403 and the like (re-executed by the status-code middleware).</summary>
    [Route("/Home/Status/{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Status(int code)
    {
        Response.StatusCode = code;
        return View("Status", code);
    }
}
