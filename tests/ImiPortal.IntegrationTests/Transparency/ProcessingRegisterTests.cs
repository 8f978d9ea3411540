using System.Net;
using ImiPortal.Domain.Processing;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Transparency;

public sealed class ProcessingRegisterTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public ProcessingRegisterTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task Register_ShowsArticle30Fields_WithControllerAndDpoContact()
    {
        await _factory.CreateStaffAsync("register-view@example.net", Roles.MemberServices);
        using var client = await _factory.LoginAsync("register-view@example.net");

        var page = await client.GetDocumentAsync("/Staff/Processing");

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Institute of the Motor Industry (registered in England 225180)", text, StringComparison.Ordinal);
        Assert.Contains("Data protection contact", text, StringComparison.Ordinal);
        var orders = page.QuerySelectorAll(".register-entry").Single(e => e.QuerySelector("code")!.TextContent == "orders");
        foreach (var expected in new[] { "Members, applicants and customers", "Financial", "Transaction", "Performance of a contract with you", "To recover debts due to us.", "Payment service provider", "7 years", "PCI-DSS" })
        {
            Assert.Contains(expected, orders.TextContent, StringComparison.Ordinal);
        }

        Assert.Contains("International Data Transfer Agreement", text, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("a[href^='/Staff/Processing/Edit']"));
    }

    [Fact]
    public async Task PrivacyOfficer_EditingTwice_KeepsTwoVersionsWithTheirEditors()
    {
        var officer = await _factory.CreateStaffAsync("register-officer@example.net", Roles.PrivacyOfficer);
        using var client = await _factory.LoginAsync("register-officer@example.net");
        var id = await PurposeIdAsync("analytics");

        var first = await FormPost.SubmitAsync(client, $"/Staff/Processing/Edit/{id}", "/Staff/Processing/Edit", v =>
        {
            v.Set("RetentionMonths", "26");
            v.Set("ChangeNote", "Analytics data is kept for 26 months");
        });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        _factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var second = await FormPost.SubmitAsync(client, $"/Staff/Processing/Edit/{id}", "/Staff/Processing/Edit", v =>
        {
            v.Set("Categories", "Technical", "Usage", "Profile");
            v.Set("ChangeNote", "Profile data is used to segment visitors");
        });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var versions = await _factory.WithDbAsync(db => db.ProcessingPurposeVersions.Where(v => v.PurposeId == id).OrderBy(v => v.Version).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.All(versions, v => Assert.Equal(officer.Id, v.ChangedByUserId));
        Assert.Equal("RetentionMonths", versions[0].ChangedFields);
        Assert.Equal(84, PurposeSnapshot.FromJson(versions[0].Snapshot).RetentionMonths);
        Assert.Equal("Categories", versions[1].ChangedFields);
        Assert.Equal(26, PurposeSnapshot.FromJson(versions[1].Snapshot).RetentionMonths);
        var purpose = await _factory.WithDbAsync(db => db.ProcessingPurposes.Include(p => p.Categories).SingleAsync(p => p.Id == id));
        Assert.Equal(3, purpose.Version);
        Assert.True(purpose.Uses(Domain.PersonalData.DataCategory.Profile));
        Assert.Equal(2, await _factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "processing.purpose-updated" && e.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        var history = await client.GetDocumentAsync($"/Staff/Processing/History/{id}");
        var rows = history.QuerySelectorAll("#versions tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Contains("register-officer@example.net", r.TextContent, StringComparison.Ordinal));
        Assert.Contains("Profile data is used to segment visitors", rows[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_FromAStaleForm_IsRefused_AndSavesNothing()
    {
        await _factory.CreateStaffAsync("register-stale@example.net", Roles.PrivacyOfficer);
        using var client = await _factory.LoginAsync("register-stale@example.net");
        var id = await PurposeIdAsync("recommendations");
        var version = await _factory.WithDbAsync(db => db.ProcessingPurposes.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
        await FormPost.SubmitAsync(client, $"/Staff/Processing/Edit/{id}", "/Staff/Processing/Edit", v =>
        {
            v.Set("RetentionNote", "Reviewed every year");
            v.Set("ChangeNote", "Someone else's change");
        });

        var stale = await FormPost.SubmitAsync(client, $"/Staff/Processing/Edit/{id}", "/Staff/Processing/Edit", v =>
        {
            v.Set("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            v.Set("RetentionMonths", "12");
            v.Set("ChangeNote", "My change from an old copy");
        });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this entry", (await PortalClient.ParseAsync(stale)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        var purpose = await _factory.WithDbAsync(db => db.ProcessingPurposes.SingleAsync(p => p.Id == id));
        Assert.Equal(84, purpose.RetentionMonths);
        Assert.Equal(version + 1, purpose.Version);
    }

    [Fact]
    public async Task Edit_WithZeroRetentionNoCategoriesAndNoNote_ShowsErrorsAndSavesNothing()
    {
        await _factory.CreateStaffAsync("register-invalid@example.net", Roles.PrivacyOfficer);
        using var client = await _factory.LoginAsync("register-invalid@example.net");
        var id = await PurposeIdAsync("advertising");

        var response = await FormPost.SubmitAsync(client, $"/Staff/Processing/Edit/{id}", "/Staff/Processing/Edit", v =>
        {
            v.Set("RetentionMonths", "0");
            v.Set("Categories");
            v.Set("LegitimateInterest", "");
            v.Set("ChangeNote", "");
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var summary = page.QuerySelector("#error-summary")!.TextContent;
        Assert.Contains("Retention must be a whole number of months from 1", summary, StringComparison.Ordinal);
        Assert.Contains("Choose at least one category of personal data", summary, StringComparison.Ordinal);
        Assert.Contains("State the legitimate interest relied on", summary, StringComparison.Ordinal);
        Assert.Contains("Say what changed and why", summary, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Categories-error"));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.ProcessingPurposeVersions.CountAsync(v => v.PurposeId == id)));
    }

    [Fact]
    public async Task MemberServices_CanReadButNotEditTheRegister()
    {
        await _factory.CreateStaffAsync("register-services@example.net", Roles.MemberServices);
        using var client = await _factory.LoginAsync("register-services@example.net");
        var id = await PurposeIdAsync("membership");

        var get = await client.GetAsync($"/Staff/Processing/Edit/{id}");
        var post = await client.PostWithTokenAsync("/Staff/Processing", $"/Staff/Processing/Edit/{id}", new()
        {
            ["Version"] = "1",
            ["Name"] = "Changed",
            ["DataSubjects"] = "Members",
            ["RetentionMonths"] = "1",
            ["SecurityMeasures"] = "None",
            ["Categories"] = "Identity",
            ["LawfulBases"] = "Contract",
            ["ChangeNote"] = "Not allowed",
        });

        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", get.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", post.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.ProcessingPurposeVersions.CountAsync(v => v.PurposeId == id)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Staff/Processing/History/{id}")).StatusCode);
    }

    [Fact]
    public async Task Export_IsACsvWithOneRowPerPurpose()
    {
        await _factory.CreateStaffAsync("register-export@example.net", Roles.MemberServices);
        using var client = await _factory.LoginAsync("register-export@example.net");

        var response = await client.GetAsync("/Staff/Processing/Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Key,Purpose,Description,Data subjects,Categories of personal data,Lawful bases,Legitimate interest,Recipients,Transfers outside the UK and safeguards", lines[0], StringComparison.Ordinal);
        Assert.Equal(await _factory.WithDbAsync(db => db.ProcessingPurposes.CountAsync()) + 1, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("orders,", StringComparison.Ordinal) && l.Contains("Financial; Transaction", StringComparison.Ordinal));
    }

    private Task<int> PurposeIdAsync(string key) =>
        _factory.WithDbAsync(db => db.ProcessingPurposes.Where(p => p.Key == key).Select(p => p.Id).SingleAsync());
}
