using ImiPortal.Web.Members;
using ImiPortal.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ImiPortal.Web.Transparency;

/// <summary>
/// Before a page is rendered: sets the first-party analytics cookie only when the visitor's choice allows it,
/// and removes it once they have rejected analytics. Nothing non-essential is ever set before a choice. A logged-in
/// member whose processing is restricted (Art. 18) is never counted, whatever their cookie choice.
/// </summary>
public sealed class AnalyticsCookieFilter(CookieConsent consent, CurrentMember member) : IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Result is ViewResult)
        {
            var user = context.HttpContext.User;
            if (user.Identity?.IsAuthenticated == true && !user.IsStaff())
            {
                if (await member.ForUserAsync(user.UserId(), context.HttpContext.RequestAborted) is { IsRestricted: true })
                {
                    context.HttpContext.Items[CookieConsent.RestrictedItem] = true;
                }
            }

            consent.ApplyAnalyticsCookie(context.HttpContext);
        }

        await next();
    }
}
