using System.Net;
using ImiPortal.Domain.Consent;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ImiPortal.IntegrationTests.Marketing.MarketingKit;

namespace ImiPortal.IntegrationTests.Marketing;

public sealed class StaffMarketingTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public StaffMarketingTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task StaffPhoneOptOut_FoundByMembershipNumber_ShowsSourcePhoneOnBothTimelines()
    {
        var (_, memberId) = await CreateMemberAsync(_factory, "staff-optout-member@example.net");
        var number = await MembershipNumberAsync(_factory, memberId);
        var staffUser = await _factory.CreateStaffAsync("staff-optout@example.net", Roles.MemberServices);
        using var staff = await _factory.LoginAsync("staff-optout@example.net");

        var found = await staff.GetAsync($"/Staff/Marketing/Find?MembershipNumber={number.ToLowerInvariant()}");
        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        var memberPage = found.Headers.Location!.PathAndQuery();
        Assert.Equal($"/Staff/Marketing/Member/{memberId}", memberPage);

        var recorded = await staff.SubmitFormAsync(memberPage, new()
        {
            ["Input.Phone"] = "true",
            ["Input.Source"] = nameof(ConsentSource.StaffPhone),
            ["Input.ReceivedOn"] = "2026-11-20",
        }, formAction: "/Staff/Marketing/Member");

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var page = await staff.GetDocumentAsync(memberPage);
        var entry = page.QuerySelector(".consent-timeline li")!.TextContent;
        Assert.Contains("Phone calls: withdrawn", entry, StringComparison.Ordinal);
        Assert.Contains("source: phone", entry, StringComparison.Ordinal);
        Assert.Contains("told us on 20 November 2026", entry, StringComparison.Ordinal);
        Assert.Contains("Opted out on 25 November 2026", page.QuerySelector("table")!.TextContent, StringComparison.Ordinal);

        var stored = await _factory.WithDbAsync(db => db.ConsentEvents.AsNoTracking().SingleAsync(e => e.MemberId == memberId));
        Assert.Equal((MarketingChannel.Phone, false, ConsentSource.StaffPhone, new DateOnly(2026, 11, 20), staffUser.Id),
            (stored.Channel!.Value, stored.Granted, stored.Source, stored.ReceivedOn!.Value, stored.ActorUserId!.Value));
        var actions = await _factory.WithDbAsync(db => db.AuditEvents.Where(a => a.SubjectMemberId == memberId).Select(a => a.Action).ToListAsync());
        Assert.Contains("marketing.member.viewed", actions);
        Assert.Contains("consent.recorded", actions);

        using var member = await _factory.LoginAsync("staff-optout-member@example.net");
        var own = await member.GetDocumentAsync("/Preferences");
        Assert.Contains("source: phone", own.QuerySelector(".consent-timeline")!.TextContent, StringComparison.Ordinal);
        Assert.False(Box(own, "channel:Phone").IsChecked);
    }

    [Fact]
    public async Task MemberHistory_LongerThanAPage_IsPaged_ForStaffToo()
    {
        const int PageSize = ImiPortal.Web.Queries.Marketing.ConsentTimelineQuery.PageSize;
        var (_, memberId) = await CreateMemberAsync(_factory, "staff-long-history-member@example.net");
        for (var i = 1; i <= PageSize + 1; i++)
        {
            await RecordAsync(_factory, memberId, ConsentSource.StaffPost, (Email, i % 2 == 0));
        }

        await _factory.CreateStaffAsync("staff-long-history@example.net", Roles.MemberServices);
        using var staff = await _factory.LoginAsync("staff-long-history@example.net");
        var memberPage = $"/Staff/Marketing/Member/{memberId}";

        var first = await staff.GetDocumentAsync(memberPage);
        Assert.Equal(PageSize, first.QuerySelectorAll(".consent-timeline li").Length);
        var older = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await staff.GetDocumentAsync(memberPage + older.Split('#')[0]);
        var oldest = Assert.Single(second.QuerySelectorAll(".consent-timeline li"));
        Assert.Contains("Email: withdrawn", oldest.TextContent, StringComparison.Ordinal);
        Assert.Equal(memberPage + "#history", second.QuerySelector("nav[aria-label='Pages of the history'] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task StaffOptOut_WithFutureDateOrNothingChosen_ShowsErrorsAndRecordsNothing()
    {
        var (_, memberId) = await CreateMemberAsync(_factory, "staff-future-member@example.net");
        await _factory.CreateStaffAsync("staff-future@example.net", Roles.PrivacyOfficer);
        using var staff = await _factory.LoginAsync("staff-future@example.net");
        var url = $"/Staff/Marketing/Member/{memberId}";

        var future = await staff.SubmitFormAsync(url, new() { ["Input.Post"] = "true", ["Input.Source"] = "StaffPost", ["Input.ReceivedOn"] = "2026-11-26" }, formAction: "/Staff/Marketing/Member");
        var empty = await staff.SubmitFormAsync(url, new() { ["Input.Source"] = "StaffPost", ["Input.ReceivedOn"] = "2026-11-24" }, formAction: "/Staff/Marketing/Member");

        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        var page = await PortalClient.ParseAsync(future);
        Assert.Contains("cannot be in the future", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Input_ReceivedOn-error"));
        Assert.Contains("Choose at least one", (await PortalClient.ParseAsync(empty)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await EventCountAsync(_factory, memberId));
    }

    [Fact]
    public async Task Find_WithUnknownMembershipNumber_SaysSo()
    {
        await _factory.CreateStaffAsync("staff-find@example.net", Roles.MemberServices);
        using var staff = await _factory.LoginAsync("staff-find@example.net");

        var unknown = await staff.GetAsync("/Staff/Marketing/Find?MembershipNumber=IMI00000001");
        var malformed = await staff.GetAsync("/Staff/Marketing/Find?MembershipNumber=12345");

        Assert.Contains("No member has that membership number", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Enter a membership number like IMI12345678", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Staff/Marketing")]
    [InlineData("/Staff/Marketing/Audience?channel=Email&topicId=1")]
    public async Task StaffMarketing_ForMember_IsDenied(string url)
    {
        var (_, memberId) = await CreateMemberAsync(_factory, $"staff-denied-{url.Length}@example.net");
        using var member = await _factory.LoginAsync($"staff-denied-{url.Length}@example.net");

        var response = await member.GetAsync(url);
        var record = await member.GetAsync($"/Staff/Marketing/Member/{memberId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.StartsWith("/Account/AccessDenied", record.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }
}
