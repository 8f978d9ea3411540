using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImiPortal.IntegrationTests.Infrastructure;

namespace ImiPortal.IntegrationTests.Requests;

/// <summary>Valid answers for each request form, and a way to post one form more than once (a double click).</summary>
internal static class RequestForms
{
    public static Dictionary<string, string> Valid(string type, string email, string name = "Alex Example") => type switch
    {
        "Access" => Person(name, email, ("Input.Phone", "01632 960 001"), ("Input.Details", "All the emails you hold about my MOT tester assessment"), ("Input.RelevantDates", "March to June 2026")),
        "Rectification" => Person(name, email, ("Input.Details", "My surname is spelt Exampel on my certificate; it should be Example")),
        "Erasure" => Person(name, email, ("Input.DateOfBirth", "1980-05-03"), ("Input.Details", "Everything")),
        "Restriction" => Person(name, email, ("Input.RestrictionGround", "AccuracyContested")),
        "Objection" => Person(name, email, ("Input.ObjectionKind", "LegitimateInterests"), ("Input.Details", "I am a public figure and do not want my membership status shown")),
        "ObjectionToMarketing" => Person(name, email, ("Input.ObjectionKind", "DirectMarketing")),
        "Portability" => Person(name, email),
        "WithdrawConsent" => Person(name, email, ("Input.WithdrawAll", "true")),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The form's URL type for a test case name ("ObjectionToMarketing" is an objection).</summary>
    public static string TypeOf(string type) => type == "ObjectionToMarketing" ? "Objection" : type;

    public static Dictionary<string, string> Person(string name, string email, params (string Key, string Value)[] more)
    {
        var fields = new Dictionary<string, string> { ["Input.FullName"] = name, ["Input.Email"] = email };
        foreach (var (key, value) in more)
        {
            fields[key] = value;
        }

        return fields;
    }

    /// <summary>
    /// Reads a form page once and returns the hidden fields (antiforgery token, form token, type) of the form posting
    /// to <paramref name="formAction"/>, with <paramref name="fields"/>.
    /// </summary>
    public static async Task<List<KeyValuePair<string, string>>> FilledAsync(PortalClient client, string pageUrl, string formAction, Dictionary<string, string> fields)
    {
        var document = await client.GetDocumentAsync(pageUrl);
        var form = document.Forms.First(f => string.Equals(f.GetAttribute("action"), formAction, StringComparison.OrdinalIgnoreCase));
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(i => !fields.ContainsKey(i.Name!))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .ToList();
        values.AddRange(fields);
        return values;
    }

    public static async Task<HttpResponseMessage> PostAsync(PortalClient client, string actionUrl, IEnumerable<KeyValuePair<string, string>> values)
    {
        using var content = new FormUrlEncodedContent(values);
        return await client.Http.PostAsync(new Uri(actionUrl, UriKind.Relative), content);
    }
}
