using AngleSharp.Html.Dom;
using ImiPortal.IntegrationTests.Infrastructure;

namespace ImiPortal.IntegrationTests.Transparency;

/// <summary>
/// Posts a page's form as a browser would, with every value it currently holds (text, text areas, ticked
/// checkboxes, chosen options, hidden fields and the antiforgery token), after the test's changes.
/// Needed for checkbox lists, which post one name several times.
/// </summary>
public static class FormPost
{
    public static async Task<HttpResponseMessage> SubmitAsync(PortalClient client, string pageUrl, string formAction, Action<List<KeyValuePair<string, string>>> change)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(change);
        var page = await client.GetDocumentAsync(pageUrl);
        var form = page.Forms.First(f => f.Action.Contains(formAction, StringComparison.OrdinalIgnoreCase));
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked:
                    values.Add(new(box.Name!, box.Value));
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" or "submit" }:
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    values.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values.Add(new(select.Name, select.Value ?? ""));
                    break;
            }
        }

        change(values);
        using var content = new FormUrlEncodedContent(values);
        return await client.Http.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
    }

    /// <summary>Replaces every value of <paramref name="name"/> with <paramref name="newValues"/>.</summary>
    public static void Set(this List<KeyValuePair<string, string>> values, string name, params string[] newValues)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(newValues);
        values.RemoveAll(v => v.Key == name);
        values.AddRange(newValues.Select(v => new KeyValuePair<string, string>(name, v)));
    }
}
