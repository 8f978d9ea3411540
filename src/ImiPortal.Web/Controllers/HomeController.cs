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
    public IActionResult Status([FromRoute] int code)
    {
        // From the route only: the failed request is re-executed with its method and body, and a form that could not
        // be read must not decide the status code (it once bound 0 and sent "HTTP/1.1 0").
        Response.StatusCode = code;
        return View("Status", code);
    }
}
