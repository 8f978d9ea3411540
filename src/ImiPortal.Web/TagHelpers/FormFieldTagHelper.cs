using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ImiPortal.Web.TagHelpers;

/// <summary>
/// One accessible form field, the same on every page: label, optional hint, the error message
/// (GOV.UK pattern: above the input, linked by aria-describedby) and the input itself; the markup is
/// <see cref="FormFieldMarkup"/>'s.
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
        var field = new FormFieldMarkup(ViewContext.ViewData.ModelState, name, Label ?? For.Metadata.DisplayName ?? name, Type, Hint, Autocomplete, InputClass);
        using var html = new StringWriter(CultureInfo.InvariantCulture);
        if (Type is "textarea" or "password" || (Type == "select" && Options is null))
        {
            field.WriteStart(html);
            Generate(field).WriteTo(html, HtmlEncoder.Default);
            field.WriteEnd(html);
        }
        else
        {
            field.Write(html, For.Model, Options);
        }

        output.TagName = null;
        output.Content.SetHtmlContent(html.ToString());
    }

    /// <summary>A text area, a password or a select over items, as the HTML generator writes them.</summary>
    private TagBuilder Generate(FormFieldMarkup field)
    {
        var attributes = field.GeneratorAttributes();
        var tag = Type switch
        {
            "textarea" => generator.GenerateTextArea(ViewContext, For.ModelExplorer, field.Name, Rows, 0, attributes),
            "select" => generator.GenerateSelect(ViewContext, For.ModelExplorer, optionLabel: OptionLabel, field.Name, Items ?? [], allowMultiple: false, attributes),
            _ => generator.GeneratePassword(ViewContext, For.ModelExplorer, field.Name, null, attributes),
        };
        tag.Attributes["id"] = field.Id;
        return tag;
    }

    /// <summary>The first option of every select: no answer.</summary>
    public const string OptionLabel = "Choose…";
}
