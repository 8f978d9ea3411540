using System.Collections.Frozen;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace ImiPortal.Web.TagHelpers;

/// <summary>
/// A fixed list of text options for a select (countries, genders), encoded once. A page writes the cached markup
/// straight to the response, marking the current value, instead of building and encoding some 250 options per select
/// on every view (issue #11: the two country lists were most of the My details page's allocations).
/// The markup is the same as the HTML generator's: a "Choose…" option with an empty value, then one option per item.
/// </summary>
public sealed class SelectOptions
{
    private const string OptionStart = "<option";
    private const string Selected = " selected=\"selected\"";

    private readonly string html;
    private readonly FrozenDictionary<string, int> starts;

    public SelectOptions(string optionLabel, IEnumerable<(string Value, string Text)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var encoder = HtmlEncoder.Default;
        var builder = new StringBuilder();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        builder.Append("<option value=\"\">").Append(encoder.Encode(optionLabel)).Append("</option>\n");
        foreach (var (value, text) in items)
        {
            positions.TryAdd(value, builder.Length);
            builder.Append("<option value=\"").Append(encoder.Encode(value)).Append("\">").Append(encoder.Encode(text)).Append("</option>\n");
        }

        html = builder.ToString();
        starts = positions.ToFrozenDictionary(StringComparer.Ordinal);
        Values = [.. positions.Keys];
    }

    /// <summary>The values in the list, in order.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>The options with <paramref name="current"/> selected (none when it is not in the list).</summary>
    public IHtmlContent Render(string? current) =>
        current is not null && starts.TryGetValue(current, out var start) ? new Content(html, start) : new Content(html, -1);

    private sealed class Content(string html, int selectedStart) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            ArgumentNullException.ThrowIfNull(writer);
            if (selectedStart < 0)
            {
                writer.Write(html);
                return;
            }

            var split = selectedStart + OptionStart.Length;
            writer.Write(html.AsSpan(0, split));
            writer.Write(Selected);
            writer.Write(html.AsSpan(split));
        }
    }
}
