using System.Net;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Transparency;

public sealed class PrivacyNoticeTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public PrivacyNoticeTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task PrivacyNotice_IsPublic_AndRendersThePolicyWithHeadingsAndLists()
    {
        using var client = _factory.CreatePortalClient();

        var page = await client.GetDocumentAsync("/Privacy?version=1");

        Assert.Equal("Privacy notice", page.QuerySelector("h1")!.TextContent);
        var headings = page.QuerySelectorAll(".notice-body h2").Select(h => h.TextContent).ToList();
        Assert.Contains("What type of data we collect", headings);
        Assert.Contains("Your personal rights", headings);
        Assert.Contains(page.QuerySelectorAll(".notice-body h3"), h => h.TextContent == "Purpose/Activity: To register you as a new customer");
        Assert.Contains(page.QuerySelectorAll(".notice-body ul li"), li => li.TextContent.StartsWith("Identity Data includes first name", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll(".notice-body ol li"), li => li.TextContent == "Performance of a contract with you");
        Assert.NotNull(page.QuerySelector("footer a[href='/Privacy']"));
        var contents = page.QuerySelectorAll(".notice-contents a").ToList();
        Assert.Equal(headings, contents.Select(a => a.TextContent));
        Assert.All(contents, a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..])));
    }

    [Fact]
    public async Task NewVersion_IsShownAtTheMembersNextVisitOfMyImiHome_AndOnceAcknowledged_NotAgain()
    {
        var member = await _factory.CreateMemberAsync("notice-member@example.net");
        using var memberClient = await _factory.LoginAsync("notice-member@example.net");
        Assert.Equal(HttpStatusCode.OK, (await memberClient.GetAsync("/MyImi")).StatusCode);

        _factory.Clock.Advance(TimeSpan.FromDays(3));
        var version = await PublishAsync("We now explain how long backups are kept.");

        // Their next visit: a new login, since the earlier session has expired.
        using var nextVisit = await _factory.LoginAsync("notice-member@example.net");
        var home = await nextVisit.GetAsync("/MyImi");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/Privacy/Changes", home.Headers.Location!.PathAndQuery());
        var changes = await nextVisit.GetDocumentAsync("/Privacy/Changes");
        Assert.Contains("We now explain how long backups are kept.", changes.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // Other pages are not blocked while the change is unread.
        Assert.Equal(HttpStatusCode.OK, (await nextVisit.GetAsync("/Privacy/Mine")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await nextVisit.GetAsync("/MyImi")).StatusCode);

        var acknowledge = await nextVisit.SubmitFormAsync("/Privacy/Changes", new());
        Assert.Equal(HttpStatusCode.Redirect, acknowledge.StatusCode);
        Assert.Equal("/MyImi", acknowledge.Headers.Location!.PathAndQuery());

        Assert.Equal(HttpStatusCode.OK, (await nextVisit.GetAsync("/MyImi")).StatusCode);
        var seen = await _factory.WithDbAsync(db => db.NoticeAcknowledgements.Where(a => a.UserId == member.Id).OrderBy(a => a.Version).ToListAsync());
        Assert.Equal(version, seen[^1].Version);
        Assert.Equal(_factory.Clock.GetUtcNow().UtcDateTime, seen[^1].SeenAt);
        Assert.NotNull(seen[^1].MemberId);
    }

    [Fact]
    public async Task MemberWhoRegisteredBeforeANewVersion_SeesTheChangesAtTheirFirstVisit()
    {
        await _factory.CreateMemberAsync("notice-early@example.net");
        _factory.Clock.Advance(TimeSpan.FromDays(1));
        await PublishAsync("Published after this member registered.");
        using var client = await _factory.LoginAsync("notice-early@example.net");

        var home = await client.GetAsync("/MyImi");

        Assert.Equal("/Privacy/Changes", home.Headers.Location!.PathAndQuery());
    }

    [Fact]
    public async Task NewMember_IsNotShownChangesMadeBeforeTheyRegistered()
    {
        _factory.Clock.Advance(TimeSpan.FromDays(1));
        await PublishAsync("A change before the next member registers.");
        _factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var member = await _factory.CreateMemberAsync($"notice-new-{Guid.NewGuid():N}@example.net");
        using var client = await _factory.LoginAsync(member.Email!);

        var home = await client.GetAsync("/MyImi");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var current = await _factory.WithDbAsync(db => db.PrivacyNoticeVersions.MaxAsync(v => v.Version));
        Assert.Equal(current, await _factory.WithDbAsync(db => db.NoticeAcknowledgements.Where(a => a.UserId == member.Id).MaxAsync(a => a.Version)));
    }

    [Fact]
    public async Task PublishedText_IsShownEncoded_NeverAsHtml()
    {
        await PublishAsync("Adds a test line.", "## Changes\n\n<script>alert('x')</script> and <b>bold</b>");
        using var client = _factory.CreatePortalClient();

        var page = await client.GetDocumentAsync("/Privacy");

        Assert.Empty(page.QuerySelectorAll(".notice-body script, .notice-body b"));
        Assert.Contains("<script>alert('x')</script> and <b>bold</b>", page.QuerySelector(".notice-body")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".notice-body h2"), h => h.TextContent == "Changes");
    }

    [Fact]
    public async Task Publish_WithUnchangedTextOrNoSummary_IsRefused()
    {
        await _factory.CreateStaffAsync("notice-unchanged@example.net", Roles.PrivacyOfficer);
        using var client = await _factory.LoginAsync("notice-unchanged@example.net");
        var before = await _factory.WithDbAsync(db => db.PrivacyNoticeVersions.CountAsync());
        var current = await _factory.WithDbAsync(db => db.PrivacyNoticeVersions.OrderByDescending(v => v.Version).Select(v => v.Body).FirstAsync());

        var unchanged = await client.SubmitFormAsync("/Staff/PrivacyNotice/Publish", new() { ["Body"] = current, ["SummaryOfChanges"] = "Nothing really" });
        var noSummary = await client.SubmitFormAsync("/Staff/PrivacyNotice/Publish", new() { ["Body"] = "A new notice", ["SummaryOfChanges"] = "" });

        Assert.Contains("The text is the same as the current version", (await PortalClient.ParseAsync(unchanged)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Summarise what changed", (await PortalClient.ParseAsync(noSummary)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.PrivacyNoticeVersions.CountAsync()));
    }

    [Fact]
    public async Task MemberServices_CannotPublish()
    {
        await _factory.CreateStaffAsync("notice-services@example.net", Roles.MemberServices);
        using var client = await _factory.LoginAsync("notice-services@example.net");

        var response = await client.GetAsync("/Staff/PrivacyNotice/Publish");

        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Staff/PrivacyNotice")).StatusCode);
    }

    /// <summary>Publishes a new version through the staff form, as the privacy officer; returns its number.</summary>
    private async Task<int> PublishAsync(string summary, string? body = null)
    {
        var email = $"notice-officer-{Guid.NewGuid():N}@example.net";
        await _factory.CreateStaffAsync(email, Roles.PrivacyOfficer);
        using var officer = await _factory.LoginAsync(email);
        var current = await _factory.WithDbAsync(db => db.PrivacyNoticeVersions.OrderByDescending(v => v.Version).Select(v => v.Body).FirstAsync());
        var response = await officer.SubmitFormAsync("/Staff/PrivacyNotice/Publish", new()
        {
            ["Body"] = body ?? current + $"\nAn added paragraph {Guid.NewGuid():N}.\n",
            ["SummaryOfChanges"] = summary,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await _factory.WithDbAsync(db => db.PrivacyNoticeVersions.MaxAsync(v => v.Version));
    }
}
