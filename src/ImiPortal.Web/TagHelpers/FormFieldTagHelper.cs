using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ImiPortal.Web.TagHelpers;

/// <summary>
/// One accessible form field, the same on every page: label, optional hint, the error message
/// (GOV.UK pattern: above the input, linked by aria-describedby) and the input itself.
/// <c>&lt;form-field for="Email" type="email" autocomplete="email" /&gt;</c>
/// </summary>
[HtmlTargetElement("form-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormFieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = default!;

    public string? Label { get; set; }

    public string? Hint { get; set; }

    /// <summary>text, email, password, tel, date, number, textarea, checkbox or select.</summary>
    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>For a select over a fixed list of text values: the list, encoded once (instead of <see cref="Items"/>).</summary>
    public SelectOptions? Options { get; set; }

    /// <summary>Extra classes for the input (e.g. a width).</summary>
    public string? InputClass { get; set; }

    public int Rows { get; set; } = 4;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var state = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var error = state?.ValidationState == ModelValidationState.Invalid ? state.Errors.FirstOrDefault()?.ErrorMessage : null;
        var label = Label ?? For.Metadata.DisplayName ?? name;
        var describedBy = string.Join(' ', new[] { Hint is null ? null : id + "-hint", error is null ? null : id + "-error" }.Where(s => s is not null));

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Type == "checkbox" ? "mb-3 form-check" : "mb-3");
        var content = output.Content;

        var input = BuildInput(id, name, error is not null, describedBy);
        if (Type == "checkbox")
        {
            content.AppendHtml(input);
            // An unticked box sends nothing, which would leave the property at its default (which may be true): the
            // hidden "false" after it is what the form sends then. Ticked, the box's "true" comes first and wins.
            content.AppendHtml($"<input name=\"{Encode(name)}\" type=\"hidden\" value=\"false\" />");
            content.AppendHtml($"<label class=\"form-check-label\" for=\"{id}\">{Encode(label)}</label>");
            AppendHintAndError(content, id, error);
            return;
        }

        content.AppendHtml($"<label class=\"form-label\" for=\"{id}\">{Encode(label)}</label>");
        AppendHintAndError(content, id, error);
        content.AppendHtml(input);
    }

    private void AppendHintAndError(TagHelperContent content, string id, string? error)
    {
        if (Hint is not null)
        {
            content.AppendHtml($"<div class=\"form-text mt-0 mb-1\" id=\"{id}-hint\">{Encode(Hint)}</div>");
        }

        if (error is not null)
        {
            content.AppendHtml($"<div class=\"invalid-feedback d-block mb-1\" id=\"{id}-error\"><span class=\"visually-hidden\">Error: </span>{Encode(error)}</div>");
        }
    }

    private IHtmlContent BuildInput(string id, string name, bool invalid, string describedBy)
    {
        var cssClass = string.Join(' ', new[] { Type switch { "checkbox" => "form-check-input", "select" => "form-select", _ => "form-control" }, invalid ? "is-invalid" : null, InputClass }.Where(s => s is not null));
        if (Type is not ("textarea" or "checkbox" or "select" or "password"))
        {
            return PlainInput(id, name, cssClass, describedBy, invalid);
        }

        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal) { ["class"] = cssClass };
        if (describedBy.Length > 0)
        {
            attributes["aria-describedby"] = describedBy;
        }

        if (invalid)
        {
            attributes["aria-invalid"] = "true";
        }

        if (Autocomplete is not null)
        {
            attributes["autocomplete"] = Autocomplete;
        }

        var tag = Type switch
        {
            "textarea" => generator.GenerateTextArea(ViewContext, For.ModelExplorer, name, Rows, 0, attributes),
            "checkbox" => generator.GenerateCheckBox(ViewContext, For.ModelExplorer, name, null, attributes),
            "select" when Options is not null => BuildCachedSelect(name, Options, attributes),
            "select" => generator.GenerateSelect(ViewContext, For.ModelExplorer, optionLabel: OptionLabel, name, Items ?? [], allowMultiple: false, attributes),
            _ => generator.GeneratePassword(ViewContext, For.ModelExplorer, name, null, attributes),
        };
        tag.Attributes["id"] = id;
        return tag;
    }

    /// <summary>
    /// A text, email, phone, date or number input, written directly. The markup is the HTML generator's, attributes in
    /// the same order, without its metadata look-ups and tag builder, which were much of the details form's cost
    /// (issue #11). The value is the one posted when the form comes back with errors, otherwise the model's.
    /// </summary>
    private HtmlString PlainInput(string id, string name, string cssClass, string describedBy, bool invalid)
    {
        var value = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.RawValue is { } raw
            ? raw is string[] posted ? posted.FirstOrDefault() : Convert.ToString(raw, CultureInfo.CurrentCulture)
            : Convert.ToString(FormatValue(), CultureInfo.CurrentCulture);
        var html = new StringBuilder("<input");
        if (describedBy.Length > 0)
        {
            AppendAttribute(html, "aria-describedby", describedBy);
        }

        if (invalid)
        {
            AppendAttribute(html, "aria-invalid", "true");
        }

        if (Autocomplete is not null)
        {
            AppendAttribute(html, "autocomplete", Autocomplete);
        }

        AppendAttribute(html, "class", cssClass);
        AppendAttribute(html, "id", id);
        AppendAttribute(html, "name", name);
        AppendAttribute(html, "type", Type);
        AppendAttribute(html, "value", value ?? "");
        return new HtmlString(html.Append(" />").ToString());
    }

    private static void AppendAttribute(StringBuilder html, string attribute, string value) =>
        html.Append(' ').Append(attribute).Append("=\"").Append(Encode(value)).Append('"');

    /// <summary>A select over a fixed list of text values, its options written from the list's cache.</summary>
    private TagBuilder BuildCachedSelect(string name, SelectOptions options, Dictionary<string, object?> attributes)
    {
        var current = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.AttemptedValue is { } attempted
            ? attempted
            : For.Model as string;
        var select = new TagBuilder("select");
        select.MergeAttributes(attributes);
        select.Attributes["name"] = name;
        select.InnerHtml.AppendHtml(options.Render(current));
        return select;
    }

    /// <summary>The first option of every select: no answer.</summary>
    public const string OptionLabel = "Choose…";

    private object? FormatValue() => Type == "date" && For.Model is DateOnly date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : For.Model;

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);
}
