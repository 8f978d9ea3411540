using ImiPortal.Infrastructure.Identity;
using ImiPortal.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ImiPortal.Web.Transparency;

/// <summary>
/// On MyIMI home: a member who has not seen the latest privacy notice is shown what changed first
/// (/Privacy/Changes). Only the home page does this, so rights, preferences and every other page stay open.
/// </summary>
public sealed class PrivacyNoticeChangesFilter(PrivacyNotices notices) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) && http.User.IsInRole(Roles.Member)
            && (await notices.UnseenByAsync(http.User.UserId(), http.RequestAborted)).Count > 0)
        {
            context.Result = new RedirectToActionResult("Changes", "Privacy", new { area = "" });
            return;
        }

        await next();
    }
}
