using System.Linq.Expressions;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ImiPortal.Web.TagHelpers;

/// <summary>
/// A form field declared once, as a static field of the view that shows it, and written with the same markup as
/// <c>&lt;form-field&gt;</c> (<see cref="FormFieldMarkup"/>). For long forms on busy pages (My details has 26 fields):
/// a <c>&lt;form-field for="..."&gt;</c> builds its model expression, tag helper context and output buffer on every
/// view, which was about an eighth of that page's cost (issue #11, ADR-016). The name still comes from a property
/// expression, checked by the compiler, but it is worked out once, as is the compiled read of the value.
/// <c>private static readonly FormFieldSpec&lt;MyModel&gt; Town = new(m =&gt; m.Input.Town, "Town or city") { Autocomplete = "address-level2" };</c>
/// then <c>@Town.For(Model, ViewData.ModelState)</c>.
/// </summary>
public sealed class FormFieldSpec<TModel>
{
    private readonly Func<TModel, object?> read;

    /// <param name="property">The model's property, or a chain of them (<c>m =&gt; m.Input.Billing.Town</c>).</param>
    /// <param name="label">The label's text.</param>
    public FormFieldSpec(Expression<Func<TModel, object?>> property, string label)
    {
        ArgumentNullException.ThrowIfNull(property);
        Name = NameOf(property);
        Label = label;
        read = property.Compile();
    }

    /// <summary>The field's name in the form, as a model expression names it ("Input.Billing.Town").</summary>
    public string Name { get; }

    public string Label { get; }

    /// <summary>text, email, tel, date, number, checkbox, select (with <see cref="Options"/>) or hidden.</summary>
    public string Type { get; init; } = "text";

    public string? Hint { get; init; }

    public string? Autocomplete { get; init; }

    /// <summary>Extra classes for the input (e.g. a width).</summary>
    public string? InputClass { get; init; }

    /// <summary>For a select: the fixed list of text values.</summary>
    public SelectOptions? Options { get; init; }

    /// <summary>The field for this model, showing the posted value and its error when the form came back with errors.</summary>
    public IHtmlContent For(TModel model, ModelStateDictionary modelState) => new Content(this, model, modelState);

    /// <summary>"Input.Billing.Town" from <c>m =&gt; m.Input.Billing.Town</c>.</summary>
    internal static string NameOf(LambdaExpression property)
    {
        var body = property.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : property.Body;
        var names = new Stack<string>();
        while (body is MemberExpression member)
        {
            names.Push(member.Member.Name);
            body = member.Expression;
        }

        return names.Count > 0 && body == property.Parameters[0]
            ? string.Join('.', names)
            : throw new ArgumentException($"A form field names a property of the model, or a chain of them, not {property}.", nameof(property));
    }

    private sealed class Content(FormFieldSpec<TModel> spec, TModel model, ModelStateDictionary modelState) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder) =>
            new FormFieldMarkup(modelState, spec.Name, spec.Label, spec.Type, spec.Hint, spec.Autocomplete, spec.InputClass)
                .Write(writer, spec.read(model), spec.Options);
    }
}
