using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ImiPortal.Web.Transparency;

/// <summary>
/// Before a page is rendered: sets the first-party analytics cookie only when the visitor's choice allows it,
/// and removes it once they have rejected analytics. Nothing non-essential is ever set before a choice.
/// </summary>
public sealed class AnalyticsCookieFilter(CookieConsent consent) : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is ViewResult)
        {
            consent.ApplyAnalyticsCookie(context.HttpContext);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
