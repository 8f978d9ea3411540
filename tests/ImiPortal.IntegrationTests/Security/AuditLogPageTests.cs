using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImiPortal.Domain.Auditing;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Security;

/// <summary>The privacy officer's audit log search: filters, keyset paging, who may open it, and that looking is logged.</summary>
public sealed class AuditLogPageTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public AuditLogPageTests(PortalFactory factory) => _factory = factory;

    [Theory]
    [InlineData(Roles.PrivacyOfficer)]
    [InlineData(Roles.Administrator)]
    public async Task AuditLog_ForPrivacyOfficerAndAdministrator_OpensFromTheBackOffice(string role)
    {
        using var client = await StaffAsync(role);

        var dashboard = await client.GetDocumentAsync("/Staff");
        var link = dashboard.QuerySelector<IHtmlAnchorElement>("main a[href='/Staff/AuditLog']");
        var page = await client.GetDocumentAsync("/Staff/AuditLog");

        Assert.NotNull(link);
        Assert.Equal("Audit log", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task AuditLog_ForMemberServicesOrAMember_IsDenied()
    {
        using var memberServices = await StaffAsync(Roles.MemberServices);
        var email = $"audit-member-{Guid.NewGuid():N}@example.net";
        await _factory.CreateMemberAsync(email);
        using var member = await _factory.LoginAsync(email);

        foreach (var client in new[] { memberServices, member })
        {
            var response = await client.GetAsync("/Staff/AuditLog?Filter.Action=member.");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(response.Headers.Location!.PathAndQuery())).StatusCode);
        }

        Assert.Null((await memberServices.GetDocumentAsync("/Staff")).QuerySelector("a[href='/Staff/AuditLog']"));
    }

    [Fact]
    public async Task FilterByMembershipNumber_ShowsOnlyThatMembersEntries_NewestFirst_WithoutPersonalValues()
    {
        var (memberId, number, email) = await MemberAsync("Ottoline", "Wetherby");
        var (otherId, _, _) = await MemberAsync("Other", "Person");
        var (staffClient, staffEmail) = await StaffWithEmailAsync(Roles.PrivacyOfficer);
        using var _ = staffClient;
        var staffId = await UserIdAsync(staffEmail);
        await AddEventsAsync(
            Event("member.viewed", memberId, staffId, At(2026, 6, 1, 9), "page=record"),
            Event("member.details.changed", memberId, staffId, At(2026, 6, 2, 9), "fields=Phone; by=staff"),
            Event("member.viewed", otherId, staffId, At(2026, 6, 3, 9), "page=record"));

        var page = await staffClient.GetDocumentAsync($"/Staff/AuditLog?Filter.Member={number.ToLowerInvariant()}");

        var rows = Rows(page);
        Assert.Equal(["member.details.changed", "member.viewed"], rows.Select(r => r[2]));
        Assert.All(rows, r => Assert.Equal(number, r[3]));
        Assert.All(rows, r => Assert.Equal(staffEmail, r[1]));
        Assert.Equal("2 June 2026 at 10:00", rows[0][0]);
        Assert.Equal("203.0.113.9", rows[0][6]);
        Assert.DoesNotContain("Ottoline", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(email, page.Body.TextContent, StringComparison.OrdinalIgnoreCase);

        // By member id too; the first search, itself logged against the member, now shows at the top.
        var byId = Rows(await staffClient.GetDocumentAsync($"/Staff/AuditLog?Filter.Member={memberId}"));
        Assert.Equal(["audit-log.viewed", "member.details.changed", "member.viewed"], byId.Select(r => r[2]));
    }

    [Fact]
    public async Task FilterByActorActionAndUkDateRange_CombinesAllThree()
    {
        var (memberId, number, _) = await MemberAsync("Dates", "Member");
        var (client, email) = await StaffWithEmailAsync(Roles.PrivacyOfficer);
        using var _ = client;
        var (otherStaff, otherEmail) = await StaffWithEmailAsync(Roles.MemberServices);
        otherStaff.Dispose();
        var actor = await UserIdAsync(email);
        var other = await UserIdAsync(otherEmail);
        await AddEventsAsync(
            Event("erasure.previewed", memberId, actor, At(2026, 7, 1, 22, 30), "x"), // 23:30 on 1 July in the UK
            Event("erasure.previewed", memberId, actor, At(2026, 7, 1, 23, 30), "in"), // 00:30 on 2 July in the UK
            Event("erasure.done", memberId, actor, At(2026, 7, 3, 10), "in"),
            Event("erasure.previewed", memberId, other, At(2026, 7, 3, 10), "other actor"),
            Event("member.viewed", memberId, actor, At(2026, 7, 3, 11), "other action"),
            Event("erasure.previewed", memberId, actor, At(2026, 7, 3, 23, 0), "x")); // 00:00 on 4 July in the UK

        var page = await client.GetDocumentAsync($"/Staff/AuditLog?Filter.Member={number}&Filter.Actor={Uri.EscapeDataString(email.ToUpperInvariant())}&Filter.Action=erasure.&Filter.From=2/7/2026&Filter.To=2026-07-03");

        var rows = Rows(page);
        Assert.Equal(["erasure.done", "erasure.previewed"], rows.Select(r => r[2]));
        Assert.All(rows, r => Assert.Equal("in", r[5]));
    }

    [Fact]
    public async Task Paging_WalksEveryEntryOnce_NewestFirst_EvenWhenTimesAreEqual()
    {
        var (memberId, number, _) = await MemberAsync("Paging", "Member");
        var (client, _) = await StaffWithEmailAsync(Roles.Administrator);
        using var _ = client;
        // 120 entries, in pairs with the same time: the page boundary falls between equal times too.
        await AddEventsAsync([.. Enumerable.Range(0, 120).Select(i => Event("member.viewed", memberId, null, At(2026, 5, 1, 8).AddMinutes(i / 2), $"n={i}"))]);

        var seen = new List<string>();
        var url = $"/Staff/AuditLog?Filter.Member={number}";
        var pages = 0;
        while (url is not null)
        {
            var page = await client.GetDocumentAsync(url);
            seen.AddRange(Rows(page).Select(r => r[5]));
            url = page.QuerySelector<IHtmlAnchorElement>("a[rel=next]")?.GetAttribute("href");
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(120, seen.Count);
        Assert.Equal(120, seen.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Enumerable.Range(0, 120).Reverse().Select(i => $"n={i}"), seen);
    }

    [Theory]
    [InlineData("Filter.From=31/2/2026", "Enter the from date as a real date, like 3/3/2026")]
    [InlineData("Filter.To=tomorrow", "Enter the to date as a real date, like 31/3/2026")]
    [InlineData("Filter.From=5/3/2026&Filter.To=4/3/2026", "The to date must be the same as or after the from date")]
    [InlineData("Filter.Member=Robert'); DROP TABLE AuditEvents;--", "Enter a membership number like IMI12345678, or a member id")]
    [InlineData("Filter.Actor=not-an-email", "Enter the staff member's email address, like name@theimi.org.uk")]
    [InlineData("Filter.Before=abc", "That page link is not valid: search again")]
    public async Task BadFilter_ShowsAClearMessageAndNoEntries(string query, string message)
    {
        var (memberId, _, _) = await MemberAsync("Bad", "Filter");
        await AddEventsAsync(Event("member.viewed", memberId, null, At(2026, 3, 4, 9), "page=record"));
        var (client, _) = await StaffWithEmailAsync(Roles.PrivacyOfficer);
        using var _ = client;

        var response = await client.GetAsync($"/Staff/AuditLog?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(Rows(page));
        Assert.True(await _factory.WithDbAsync(db => db.AuditEvents.AnyAsync()));
    }

    [Fact]
    public async Task ViewingTheLog_IsItselfAudited_WithFieldNamesOnly()
    {
        var (memberId, number, _) = await MemberAsync("Watched", "Member");
        var (client, email) = await StaffWithEmailAsync(Roles.PrivacyOfficer);
        using var _ = client;
        var actor = await UserIdAsync(email);

        await client.GetDocumentAsync($"/Staff/AuditLog?Filter.Member={number}&Filter.Actor={Uri.EscapeDataString(email)}");

        var entry = await _factory.WithDbAsync(db => db.AuditEvents.SingleAsync(a => a.Action == "audit-log.viewed" && a.ActorUserId == actor));
        Assert.Equal(memberId, entry.SubjectMemberId);
        Assert.Equal("filters=member,actor; page=first", entry.Details);
        Assert.DoesNotContain(email, entry.Details!, StringComparison.OrdinalIgnoreCase);
    }

    private static List<string[]> Rows(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("table.audit-log tbody tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToArray())];

    private static DateTime At(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    private static AuditEvent Event(string action, Guid memberId, Guid? actor, DateTime at, string details) => new()
    {
        Action = action,
        SubjectMemberId = memberId,
        ActorUserId = actor,
        OccurredAt = at,
        EntityType = "Member",
        EntityId = memberId.ToString(),
        Details = details,
        IpAddress = "203.0.113.9",
    };

    private Task AddEventsAsync(params AuditEvent[] events) => _factory.WithDbAsync(db =>
    {
        db.AuditEvents.AddRange(events);
        return db.SaveChangesAsync();
    });

    private async Task<(Guid Id, string Number, string Email)> MemberAsync(string first, string last)
    {
        var email = $"{first.ToLowerInvariant()}-{Guid.NewGuid():N}@example.net";
        var user = await _factory.CreateMemberAsync(email, first, last);
        var member = await _factory.WithDbAsync(db => db.Members.SingleAsync(m => m.UserId == user.Id));
        return (member.Id, member.MembershipNumber, email);
    }

    private Task<Guid> UserIdAsync(string email) =>
        _factory.WithDbAsync(db => db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync());

    private async Task<PortalClient> StaffAsync(string role) => (await StaffWithEmailAsync(role)).Client;

    private async Task<(PortalClient Client, string Email)> StaffWithEmailAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@theimi.org.uk";
        await _factory.CreateStaffAsync(email, role);
        return (await _factory.LoginAsync(email), email);
    }
}
