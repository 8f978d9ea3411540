using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImiPortal.IntegrationTests.Infrastructure;
using ImiPortal.IntegrationTests.Members;
using ImiPortal.IntegrationTests.Requests;
using Microsoft.EntityFrameworkCore;
using static ImiPortal.IntegrationTests.Security.HostileInput;

namespace ImiPortal.IntegrationTests.Security;

/// <summary>
/// Bad input on every public form and the member forms: over-long values are refused with a message and save nothing;
/// markup is stored as text and shown encoded; SQL metacharacters are only data.
/// </summary>
public sealed class BadInputTests : IClassFixture<PortalFactory>
{
    private const string GoodPassword = "Correct-Horse-Battery-Staple-9";

    private static readonly BadInputForm[] Forms =
    [
        new("register", "/Account/Register", false, email => new()
        {
            ["Title"] = "Mr", ["FirstName"] = "Long", ["LastName"] = "Input", ["Email"] = email, ["Password"] = GoodPassword, ["ConfirmPassword"] = GoodPassword,
        }),
        new("login", "/Account/Login", false, email => new() { ["Email"] = email, ["Password"] = GoodPassword }),
        new("forgot-password", "/Password/Forgot", false, email => new() { ["Email"] = email }),
        new("resend-confirmation", "/Account/ResendConfirmation", false, email => new() { ["Email"] = email }),
        new("public-request", "/PublicRequests/New?type=Access", false, email => RequestForms.Valid("Access", email)),
        new("member-details", "/Details", true, _ => MembersKit.AllFields()),
        new("member-request", "/Requests/New?type=Access", true, email => RequestForms.Valid("Access", email)),
    ];

    private readonly PortalFactory _factory;

    public BadInputTests(PortalFactory factory) => _factory = factory;

    public static TheoryData<string> FormNames => [.. Forms.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(FormNames))]
    public async Task OverLongValue_InEveryTextField_ShowsThatFieldsErrorAndSavesNothing(string name)
    {
        var form = Forms.Single(f => f.Name == name);
        var (client, email) = await ClientAsync(form);
        using var _ = client;
        var fields = TextFields(await client.GetDocumentAsync(form.Page));
        Assert.NotEmpty(fields);

        foreach (var (field, type) in fields)
        {
            var before = await CountsAsync();
            var values = form.Valid(email);
            values[field] = type == "email" ? TenThousand + "@example.net" : TenThousand;

            var response = await client.SubmitFormAsync(form.Page, values);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {field} answered {(int)response.StatusCode}");
            var page = await PortalClient.ParseAsync(response);
            Assert.True(page.GetElementById($"{field.Replace('.', '_')}-error") is not null, $"{name}: no error shown by {field} for 10,000 characters");
            Assert.NotNull(page.QuerySelector("#error-summary"));
            Assert.Equal(before, await CountsAsync());
        }
    }

    [Fact]
    public async Task OverLongMemberCheck_ShowsAMessageAndFindsNothing()
    {
        using var client = _factory.CreatePortalClient();

        var page = await client.GetDocumentAsync($"/MemberCheck?FirstName={TenThousand}&LastName={TenThousand}");

        Assert.Contains("First name must be 100 characters or fewer", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverLongOrHostileUnsubscribeToken_IsRefusedAndChangesNothing()
    {
        using var client = _factory.CreatePortalClient();
        var before = await _factory.WithDbAsync(db => db.ConsentEvents.CountAsync());

        foreach (var token in new[] { TenThousand, SqlDrop, ScriptTag })
        {
            using var content = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
            var response = await client.Http.PostAsync(new Uri($"/Unsubscribe/{Uri.EscapeDataString(token)}", UriKind.Relative), content);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.DoesNotContain(ScriptTag, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await _factory.WithDbAsync(db => db.ConsentEvents.CountAsync()));
    }

    [Fact]
    public async Task MarketingPreferences_WithAnOverLongOrUnknownChoice_SaveNothing()
    {
        var (client, _) = await ClientAsync(Forms.Single(f => f.Name == "member-details"));
        using var _ = client;
        var before = await _factory.WithDbAsync(db => db.ConsentEvents.CountAsync());

        foreach (var choice in new[] { TenThousand, SqlDrop, ScriptTag })
        {
            var response = await MarketingSaveAsync(client, choice);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
            Assert.DoesNotContain(ScriptTag, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await _factory.WithDbAsync(db => db.ConsentEvents.CountAsync()));
    }

    [Fact]
    public async Task MarkupInAPublicRequest_IsStoredAsTextAndShownEncodedToStaff()
    {
        var email = $"xss-{Guid.NewGuid():N}@example.net";
        using var visitor = _factory.CreatePortalClient();
        var fields = RequestForms.Valid("Access", email, ScriptTag);
        fields["Input.Details"] = ImageTag;
        fields["Input.RelevantDates"] = ScriptTag;

        var response = await visitor.SubmitFormAsync("/PublicRequests/New?type=Access", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await _factory.WithDbAsync(db => db.RightsRequests.SingleAsync(r => r.Email == email));
        Assert.Equal(ScriptTag, stored.FullName);
        Assert.Equal(ImageTag, stored.Details);
        using var staff = await StaffAsync();
        var html = await (await staff.GetAsync($"/Staff/Requests/Details/{stored.Id}")).Content.ReadAsStringAsync();
        AssertEncoded(html);
        Assert.DoesNotContain(ScriptTag, await (await staff.GetAsync("/Staff/Requests")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkupInMyDetails_IsStoredAsTextAndShownEncodedEverywhereTheNameAppears()
    {
        var (client, email) = await ClientAsync(Forms.Single(f => f.Name == "member-details"));
        using var _ = client;
        var fields = MembersKit.AllFields();
        fields["Input.FirstName"] = ScriptTag;
        fields["Input.Billing.Line2"] = ImageTag;

        var response = await client.SubmitFormAsync("/Details", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var member = await _factory.WithDbAsync(db => db.Members.Include(m => m.Addresses).SingleAsync(m => m.Email == email));
        Assert.Equal(ScriptTag, member.FirstName);
        Assert.Contains(member.Addresses, a => a.Line2 == ImageTag);
        foreach (var url in new[] { "/Details", "/MyImi" })
        {
            var html = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
            Assert.DoesNotContain(ScriptTag, html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        }

        Assert.Contains(ScriptTagEncoded, await (await client.GetAsync("/Details")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var staff = await StaffAsync();
        AssertEncoded(await (await staff.GetAsync($"/Staff/Members/Details/{member.Id}")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MarkupInRegistration_IsStoredAsTextAndNeverEchoedRaw()
    {
        var email = $"xss-register-{Guid.NewGuid():N}@example.net";
        using var client = _factory.CreatePortalClient();
        var fields = Forms.Single(f => f.Name == "register").Valid(email);
        fields["FirstName"] = ScriptTag;
        fields["LastName"] = ImageTag;
        fields["Password"] = "short";

        var refused = await client.SubmitFormAsync("/Account/Register", fields);
        var echoed = await refused.Content.ReadAsStringAsync();
        Assert.DoesNotContain(ScriptTag, echoed, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", echoed, StringComparison.Ordinal);
        Assert.Contains(ScriptTagEncoded, echoed, StringComparison.Ordinal);

        fields["Password"] = fields["ConfirmPassword"] = GoodPassword;
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync("/Account/Register", fields)).StatusCode);
        var member = await _factory.WithDbAsync(db => db.Members.SingleAsync(m => m.Email == email));
        Assert.Equal(ScriptTag, member.FirstName);
        Assert.Equal(ImageTag, member.LastName);
    }

    [Theory]
    [InlineData(SqlOr)]
    [InlineData(SqlDrop)]
    public async Task SqlMetacharacters_InPublicForms_AreOnlyData(string sql)
    {
        var email = $"sql-{Guid.NewGuid():N}@example.net";
        var members = await _factory.WithDbAsync(db => db.Members.CountAsync());
        using var visitor = _factory.CreatePortalClient();

        var request = await visitor.SubmitFormAsync("/PublicRequests/New?type=Access", RequestForms.Valid("Access", email, $"Robert{sql}"));
        var login = await visitor.SubmitFormAsync("/Account/Login", new() { ["Email"] = $"x{sql.Replace(" ", "", StringComparison.Ordinal)}@example.net", ["Password"] = sql + sql + sql });
        var check = await visitor.GetAsync($"/MemberCheck?MembershipNumber={Uri.EscapeDataString(sql)}");
        var checkByName = await visitor.GetAsync($"/MemberCheck?FirstName={Uri.EscapeDataString(sql)}&LastName={Uri.EscapeDataString(sql)}");

        Assert.Equal(HttpStatusCode.Redirect, request.StatusCode);
        Assert.Equal($"Robert{sql}", await _factory.WithDbAsync(db => db.RightsRequests.Where(r => r.Email == email).Select(r => r.FullName).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Equal(HttpStatusCode.OK, checkByName.StatusCode);
        Assert.DoesNotContain("is a current member", await checkByName.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(members, await _factory.WithDbAsync(db => db.Members.CountAsync()));
    }

    [Fact]
    public async Task SqlMetacharacters_InTheStaffMemberSearch_MatchNobody()
    {
        await _factory.CreateMemberAsync($"sql-search-{Guid.NewGuid():N}@example.net");
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync($"/Staff/Members?q={Uri.EscapeDataString(SqlOr)}");

        Assert.Empty(page.QuerySelectorAll("table.member-results tbody tr"));
        Assert.Contains("No member matches your search.", page.Body!.TextContent, StringComparison.Ordinal);
    }

    private static void AssertEncoded(string html)
    {
        Assert.DoesNotContain(ScriptTag, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.True(html.Contains(ScriptTagEncoded, StringComparison.Ordinal) || html.Contains(ImageTagEncoded, StringComparison.Ordinal),
            "The hostile text is not on the page at all (expected it HTML-encoded).");
    }

    /// <summary>The visible text-like fields of the page's main form (not hidden fields, choices or buttons).</summary>
    private static List<(string Name, string Type)> TextFields(IHtmlDocument page)
    {
        var form = page.Forms.First(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && f.QuerySelector("button[type=submit]") is not null
                                         && !f.Action.Contains("/Account/Logout", StringComparison.Ordinal) && !f.Action.Contains("/Cookies/Choose", StringComparison.Ordinal));
        return
        [
            .. form.QuerySelectorAll<IHtmlInputElement>("input")
                .Where(i => i.Type is "text" or "email" or "password" or "tel" or "search" or "url" or "date" or "number" && !string.IsNullOrEmpty(i.Name))
                .Select(i => (i.Name!, i.Type)),
            .. form.QuerySelectorAll<IHtmlTextAreaElement>("textarea").Select(t => (t.Name!, "textarea")),
        ];
    }

    private async Task<(PortalClient Client, string Email)> ClientAsync(BadInputForm form)
    {
        var email = $"{form.Name}-{Guid.NewGuid():N}@example.net";
        if (!form.AsMember)
        {
            return (_factory.CreatePortalClient(), email);
        }

        await _factory.CreateMemberAsync(email);
        return (await _factory.LoginAsync(email), email);
    }

    private async Task<PortalClient> StaffAsync()
    {
        var email = $"privacy-{Guid.NewGuid():N}@theimi.org.uk";
        await _factory.CreateStaffAsync(email, ImiPortal.Infrastructure.Identity.Roles.PrivacyOfficer);
        return await _factory.LoginAsync(email);
    }

    private static async Task<HttpResponseMessage> MarketingSaveAsync(PortalClient client, string choice)
    {
        var page = await client.GetDocumentAsync("/Preferences");
        var form = page.Forms.Single(f => f.Action.EndsWith("/Preferences", StringComparison.Ordinal));
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Select(h => new KeyValuePair<string, string>(h.Name!, h.Value)).ToList();
        values.Add(new("Chosen", choice));
        using var content = new FormUrlEncodedContent(values);
        return await client.Http.PostAsync(new Uri("/Preferences", UriKind.Relative), content);
    }

    /// <summary>Rows any of these forms could add or change.</summary>
    private Task<string> CountsAsync() => _factory.WithDbAsync(async db => string.Join('|',
        await db.Users.CountAsync(), await db.Members.CountAsync(), await db.Addresses.CountAsync(), await db.DetailsChanges.CountAsync(),
        await db.RightsRequests.CountAsync(), await db.OutboxMessages.CountAsync(), await db.ConsentEvents.CountAsync(),
        await db.Members.SumAsync(m => (long)m.FirstName.Length + m.LastName.Length + (m.Phone ?? "").Length)));
}
