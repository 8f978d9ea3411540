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
        // In the order the fields come on the page, as the model declares them (GOV.UK pattern); ModelState's own order is not that.
        var metadata = ViewContext.ViewData.ModelMetadata;
        var invalid = modelState.Where(e => e.Value?.ValidationState == ModelValidationState.Invalid)
            .Select((e, index) => (e.Key, Entry: e.Value!, Position: PositionOf(metadata, e.Key), index))
            .OrderBy(e => e.Position, PositionComparer.Instance).ThenBy(e => e.index);
        foreach (var (key, entry, _, _) in invalid)
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

    /// <summary>
    /// Where a field comes in the model: the declaration index of each property along the key ("Input.Billing.Postcode"),
    /// so that nested fields sort within their parent. A key the model does not describe goes last.
    /// </summary>
    private static int[] PositionOf(ModelMetadata? metadata, string key)
    {
        var position = new List<int>();
        foreach (var segment in key.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Split('[')[0];
            var index = -1;
            for (var i = 0; metadata is not null && i < metadata.Properties.Count; i++)
            {
                if (string.Equals(metadata.Properties[i].PropertyName, name, StringComparison.OrdinalIgnoreCase))
                {
                    index = i;
                    break;
                }
            }

            if (index < 0)
            {
                position.Add(int.MaxValue);
                break;
            }

            position.Add(index);
            metadata = metadata!.Properties[index];
        }

        return [.. position];
    }

    private sealed class PositionComparer : IComparer<int[]>
    {
        public static readonly PositionComparer Instance = new();

        public int Compare(int[]? x, int[]? y)
        {
            x ??= [];
            y ??= [];
            for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
            {
                if (x[i] != y[i])
                {
                    return x[i].CompareTo(y[i]);
                }
            }

            return x.Length.CompareTo(y.Length);
        }
    }
}
