using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ImiPortal.Web.TagHelpers;

/// <summary>
/// The markup of one accessible form field, the same on every page: label, optional hint, the error message
/// (GOV.UK pattern: above the input, linked by aria-describedby) and the input itself. <see cref="FormFieldTagHelper"/>
/// and <see cref="FormFieldSpec{TModel}"/> both write it here, so a field looks the same whichever wrote it.
/// Inputs are written as the HTML generator writes them: its attributes, in its (alphabetical) order.
/// </summary>
public readonly struct FormFieldMarkup
{
    private readonly string? hint;
    private readonly string? autocomplete;
    private readonly string? inputClass;

    /// <param name="modelState">Where a posted value and its error are found.</param>
    /// <param name="name">The field's name in the form (the model expression's text, e.g. "Input.Billing.Town").</param>
    /// <param name="label">The label's text.</param>
    /// <param name="type">text, email, password, tel, date, number, textarea, checkbox, select or hidden.</param>
    /// <param name="hint">Optional hint text under the label.</param>
    /// <param name="autocomplete">The input's autocomplete token, if any.</param>
    /// <param name="inputClass">Extra classes for the input (e.g. a width).</param>
    public FormFieldMarkup(ModelStateDictionary modelState, string name, string label, string type, string? hint, string? autocomplete, string? inputClass)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        Name = name;
        Id = TagBuilder.CreateSanitizedId(name, "_");
        Label = label;
        Type = type;
        this.hint = hint;
        this.autocomplete = autocomplete;
        this.inputClass = inputClass;
        Entry = modelState.TryGetValue(name, out var entry) ? entry : null;
        Error = Entry?.ValidationState == ModelValidationState.Invalid ? Entry.Errors.FirstOrDefault()?.ErrorMessage : null;
        DescribedBy = hint is null
            ? Error is null ? "" : Id + "-error"
            : Error is null ? Id + "-hint" : Id + "-hint " + Id + "-error";
    }

    public string Name { get; }

    public string Id { get; }

    private string Label { get; }

    private string Type { get; }

    /// <summary>The field's entry in the model state, if the form was posted.</summary>
    private ModelStateEntry? Entry { get; }

    /// <summary>The first error for the field, if it has one.</summary>
    private string? Error { get; }

    /// <summary>The ids of the hint and the error, as the input's aria-describedby (empty for neither).</summary>
    private string DescribedBy { get; }

    private bool IsCheckBox => Type == "checkbox";

    /// <summary>The input's classes: Bootstrap's for its type, "is-invalid" when in error, then the extra ones.</summary>
    private string InputCssClass
    {
        get
        {
            var cssClass = Type switch { "checkbox" => "form-check-input", "select" => "form-select", _ => "form-control" };
            if (Error is not null)
            {
                cssClass += " is-invalid";
            }

            return inputClass is null ? cssClass : cssClass + " " + inputClass;
        }
    }

    /// <summary>
    /// The whole field, showing what was posted when the form comes back with errors, otherwise the model's value: a
    /// text, email, phone, date or number input, a check box, a select over <paramref name="options"/> or a hidden
    /// input. Text areas, passwords and selects over items are the HTML generator's: <see cref="FormFieldTagHelper"/>
    /// writes them between <see cref="WriteStart"/> and <see cref="WriteEnd"/>.
    /// </summary>
    public void Write(TextWriter writer, object? model, SelectOptions? options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (Type == "hidden")
        {
            WriteHiddenInput(writer, ValueOr(model));
            return;
        }

        WriteStart(writer);
        switch (Type)
        {
            case "checkbox":
                WriteCheckBox(writer, TickedOr(model is true));
                break;
            case "select":
                WriteSelect(writer, options ?? throw new InvalidOperationException($"The select {Name} has no options."), SelectedOr(model as string));
                break;
            default:
                WritePlainInput(writer, ValueOr(Format(Type, model)));
                break;
        }

        WriteEnd(writer);
    }

    /// <summary>The value a plain input shows: the one posted when the form comes back with errors, otherwise the model's.</summary>
    private string ValueOr(object? model) =>
        (Entry?.RawValue is { } raw
            ? raw is string[] posted ? posted.FirstOrDefault() : Convert.ToString(raw, CultureInfo.CurrentCulture)
            : Convert.ToString(model, CultureInfo.CurrentCulture)) ?? "";

    /// <summary>A model value as an input shows it: a date input's value is an ISO date.</summary>
    private static object? Format(string type, object? model) =>
        type == "date" && model is DateOnly date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : model;

    /// <summary>Whether a check box is ticked: as posted when the form comes back with errors, otherwise as the model says.</summary>
    private bool TickedOr(bool model) =>
        Entry?.RawValue is { } raw
            ? bool.TryParse(raw is string[] posted ? posted.FirstOrDefault() : Convert.ToString(raw, CultureInfo.InvariantCulture), out var ticked) && ticked
            : model;

    /// <summary>The selected value of a select: as posted when the form comes back with errors, otherwise the model's.</summary>
    private string? SelectedOr(string? model) => Entry?.AttemptedValue ?? model;

    /// <summary>Everything before the input: the wrapper, and for all but a check box the label, hint and error.</summary>
    public void WriteStart(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (IsCheckBox)
        {
            writer.Write("<div class=\"mb-3 form-check\">");
            return;
        }

        writer.Write("<div class=\"mb-3\">");
        WriteLabel(writer, "form-label");
        WriteHintAndError(writer);
    }

    /// <summary>
    /// Everything after the input. A check box is followed by a hidden "false": an unticked box sends nothing, which
    /// would leave the property at its default (which may be true), so the hidden "false" is what the form sends then.
    /// Ticked, the box's "true" comes first and wins.
    /// </summary>
    public void WriteEnd(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (IsCheckBox)
        {
            writer.Write("<input name=\"");
            Encode(writer, Name);
            writer.Write("\" type=\"hidden\" value=\"false\" />");
            WriteLabel(writer, "form-check-label");
            WriteHintAndError(writer);
        }

        writer.Write("</div>");
    }

    /// <summary>A text, email, phone, date or number input.</summary>
    private void WritePlainInput(TextWriter writer, string value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("<input");
        WriteCommonAttributes(writer);
        WriteAttribute(writer, "type", Type);
        WriteAttribute(writer, "value", value);
        writer.Write(" />");
    }

    /// <summary>A hidden input, as <c>&lt;input type="hidden" asp-for="..." /&gt;</c> writes it: no label, no classes but the generator's error class.</summary>
    private void WriteHiddenInput(TextWriter writer, string value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("<input type=\"hidden\"");
        if (Entry?.Errors.Count > 0)
        {
            writer.Write(" class=\"input-validation-error\"");
        }

        WriteAttribute(writer, "id", Id);
        WriteAttribute(writer, "name", Name);
        WriteAttribute(writer, "value", value);
        writer.Write(" />");
    }

    /// <summary>A check box whose value is "true".</summary>
    private void WriteCheckBox(TextWriter writer, bool ticked)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("<input");
        WriteAriaAttributes(writer);
        if (autocomplete is not null)
        {
            WriteAttribute(writer, "autocomplete", autocomplete);
        }

        if (ticked)
        {
            writer.Write(" checked=\"checked\"");
        }

        // As the generator marks a check box with any error (its other inputs are written without that class).
        WriteAttribute(writer, "class", Entry?.Errors.Count > 0 ? InputCssClass + " input-validation-error" : InputCssClass);
        WriteAttribute(writer, "id", Id);
        WriteAttribute(writer, "name", Name);
        writer.Write(" type=\"checkbox\" value=\"true\" />");
    }

    /// <summary>A select over a fixed list of text values, its options written from the list's cache.</summary>
    private void WriteSelect(TextWriter writer, SelectOptions options, string? selected)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        writer.Write("<select");
        WriteCommonAttributes(writer);
        writer.Write('>');
        options.Render(selected).WriteTo(writer, HtmlEncoder.Default);
        writer.Write("</select>");
    }

    /// <summary>aria-describedby, aria-invalid, autocomplete, class, id and name: the attributes every input has, in order.</summary>
    private void WriteCommonAttributes(TextWriter writer)
    {
        WriteAriaAttributes(writer);
        if (autocomplete is not null)
        {
            WriteAttribute(writer, "autocomplete", autocomplete);
        }

        WriteAttribute(writer, "class", InputCssClass);
        WriteAttribute(writer, "id", Id);
        WriteAttribute(writer, "name", Name);
    }

    /// <summary>The attributes a generated input (a text area, a password) is given besides its own.</summary>
    public Dictionary<string, object?> GeneratorAttributes()
    {
        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal) { ["class"] = InputCssClass };
        if (DescribedBy.Length > 0)
        {
            attributes["aria-describedby"] = DescribedBy;
        }

        if (Error is not null)
        {
            attributes["aria-invalid"] = "true";
        }

        if (autocomplete is not null)
        {
            attributes["autocomplete"] = autocomplete;
        }

        return attributes;
    }

    private void WriteAriaAttributes(TextWriter writer)
    {
        if (DescribedBy.Length > 0)
        {
            WriteAttribute(writer, "aria-describedby", DescribedBy);
        }

        if (Error is not null)
        {
            writer.Write(" aria-invalid=\"true\"");
        }
    }

    private void WriteLabel(TextWriter writer, string cssClass)
    {
        writer.Write("<label class=\"");
        writer.Write(cssClass);
        writer.Write("\" for=\"");
        writer.Write(Id);
        writer.Write("\">");
        Encode(writer, Label);
        writer.Write("</label>");
    }

    private void WriteHintAndError(TextWriter writer)
    {
        if (hint is not null)
        {
            writer.Write("<div class=\"form-text mt-0 mb-1\" id=\"");
            writer.Write(Id);
            writer.Write("-hint\">");
            Encode(writer, hint);
            writer.Write("</div>");
        }

        if (Error is not null)
        {
            writer.Write("<div class=\"invalid-feedback d-block mb-1\" id=\"");
            writer.Write(Id);
            writer.Write("-error\"><span class=\"visually-hidden\">Error: </span>");
            Encode(writer, Error);
            writer.Write("</div>");
        }
    }

    private static void WriteAttribute(TextWriter writer, string attribute, string value)
    {
        writer.Write(' ');
        writer.Write(attribute);
        writer.Write("=\"");
        Encode(writer, value);
        writer.Write('"');
    }

    private static void Encode(TextWriter writer, string value) => HtmlEncoder.Default.Encode(writer, value);
}
