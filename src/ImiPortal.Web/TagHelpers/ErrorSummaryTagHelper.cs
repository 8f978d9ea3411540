using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ImiPortal.Web.TagHelpers;

/// <summary>
/// The GOV.UK error summary: at the top of the form, focused on load, each error a link to its field.
/// Renders nothing when the form is valid.
/// </summary>
[HtmlTargetElement("error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var modelState = ViewContext.ViewData.ModelState;
        if (modelState.IsValid)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "alert alert-danger error-summary");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("id", "error-summary");
        output.Attributes.SetAttribute("aria-labelledby", "error-summary-title");
        output.Attributes.SetAttribute("autofocus", "autofocus");
        var content = output.Content;
        content.AppendHtml("<h2 class=\"h5\" id=\"error-summary-title\">There is a problem</h2><ul class=\"mb-0\">");
        foreach (var (key, entry) in modelState.Where(e => e.Value?.ValidationState == ModelValidationState.Invalid).Select(e => (e.Key, e.Value!)))
        {
            foreach (var error in entry.Errors)
            {
                var message = HtmlEncoder.Default.Encode(error.ErrorMessage);
                content.AppendHtml(key.Length == 0
                    ? $"<li>{message}</li>"
                    : $"<li><a href=\"#{TagBuilder.CreateSanitizedId(key, "_")}\">{message}</a></li>");
            }
        }

        content.AppendHtml("</ul>");
    }
}
