using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ImiPortal.IntegrationTests.Infrastructure;

/// <summary>
/// Drives the portal as a browser would: reads a page, fills its form (with the antiforgery token the
/// page carries) and posts it.
/// </summary>
public sealed class PortalClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        var response = await GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}");
        }

        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// GETs <paramref name="pageUrl"/>, takes the form (the first, or the one whose action contains
    /// <paramref name="formAction"/>), keeps its hidden fields and token, overrides with <paramref name="fields"/> and posts it.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string pageUrl, Dictionary<string, string> fields, string? formAction = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var document = await GetDocumentAsync(pageUrl);
        var form = document.Forms.FirstOrDefault(f => formAction is null
                       ? f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && f.QuerySelector("button[type=submit]") is not null && !f.Action.Contains("/Account/Logout", StringComparison.Ordinal)
                                                      && !f.Action.Contains("/Cookies/Choose", StringComparison.Ordinal)
                       : f.Action.Contains(formAction, StringComparison.OrdinalIgnoreCase))
                   ?? throw new InvalidOperationException($"No form on {pageUrl}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]"))
        {
            if (!fields.ContainsKey(input.Name ?? ""))
            {
                values.Add(new(input.Name!, input.Value));
            }
        }

        values.AddRange(fields);
        var action = new Uri(form.GetAttribute("action") ?? pageUrl, UriKind.Relative);
        using var content = new FormUrlEncodedContent(values);
        return await Http.PostAsync(action, content);
    }

    /// <summary>Posts fields to a URL with the token taken from <paramref name="tokenPageUrl"/>.</summary>
    public async Task<HttpResponseMessage> PostWithTokenAsync(string tokenPageUrl, string actionUrl, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var document = await GetDocumentAsync(tokenPageUrl);
        var token = document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
                    ?? throw new InvalidOperationException($"No antiforgery token on {tokenPageUrl}");
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        using var content = new FormUrlEncodedContent(values);
        return await Http.PostAsync(new Uri(actionUrl, UriKind.Relative), content);
    }

    public void Dispose() => Http.Dispose();
}
