using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ImiPortal.Web.Startup;

/// <summary>
/// Gives every full page the portal's layout (<c>_Layout</c>), as a <c>_ViewStart.cshtml</c> would: a view start is a
/// page of its own, activated and run before every view, which was ~1% of each page (issue #11, ADR-016). A view can
/// still choose another layout, or none, by setting <c>Layout</c> itself. Partial views and the layout get none: they
/// are the pages whose file names start with "_", as ASP.NET Core names its own (<c>_Layout</c>, <c>_ViewImports</c>).
/// </summary>
public sealed class PortalLayoutActivator(IRazorPageActivator inner) : IRazorPageActivator
{
    public const string Layout = "_Layout";

    public void Activate(IRazorPage page, ViewContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(context);
        inner.Activate(page, context);
        if (context.View is RazorView view && ReferenceEquals(view.RazorPage, page) && !IsPartial(page.Path))
        {
            page.Layout = Layout;
        }
    }

    /// <summary>A partial view or a layout: "_Layout.cshtml", "/Views/Shared/_ConsentTimeline.cshtml".</summary>
    public static bool IsPartial(string path) => System.IO.Path.GetFileName(path).StartsWith('_');
}
