using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImiPortal.Domain.Members;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;

namespace ImiPortal.IntegrationTests.Members;

/// <summary>The back office's member search: by membership number, email or name, 25 to a page, by last name.</summary>
public class MemberSearchTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public MemberSearchTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task Search_ByLastNamePrefix_PagesTwentyFiveAtATimeInLastNameOrder()
    {
        var members = await SeedAsync("Pager", 60);
        using var staff = await StaffAsync();

        var first = await staff.GetDocumentAsync("/Staff/Members?q=pager");
        var third = await staff.GetDocumentAsync("/Staff/Members?q=Pager&page=3");

        Assert.Equal(members.OrderBy(m => m.LastName, StringComparer.Ordinal).Take(25).Select(m => m.MembershipNumber), NumbersOn(first));
        Assert.Equal(members.OrderBy(m => m.LastName, StringComparer.Ordinal).Skip(50).Select(m => m.MembershipNumber), NumbersOn(third));
        Assert.Contains("Showing 1 to 25 of 60 members", first.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var pageLinks = first.QuerySelectorAll<IHtmlAnchorElement>("nav[aria-label='Pages of members'] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/Staff/Members?q=pager&page=2", pageLinks);
        Assert.Contains("/Staff/Members?q=pager&page=3", pageLinks);
        Assert.Null(third.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task Search_ByMembershipNumber_FindsExactlyThatMember()
    {
        var members = await SeedAsync("Numbered", 3);
        var wanted = members[1];
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync($"/Staff/Members?q={wanted.MembershipNumber.ToLowerInvariant()}");

        Assert.Equal([wanted.MembershipNumber], NumbersOn(page));
        Assert.Contains($"/Staff/Members/Details/{wanted.Id}", page.QuerySelector("table.member-results tbody a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ByEmailPrefix_FindsTheMember()
    {
        var members = await SeedAsync("Mailed", 3);
        var wanted = members[2];
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync($"/Staff/Members?q={Uri.EscapeDataString(wanted.Email[..(wanted.Email.IndexOf('@', StringComparison.Ordinal) + 1)])}");

        Assert.Equal([wanted.MembershipNumber], NumbersOn(page));
    }

    [Fact]
    public async Task Search_ByFirstAndLastNamePrefixes_NarrowsToThatPerson()
    {
        var members = await SeedAsync("Twoname", 4);
        using var staff = await StaffAsync();
        var wanted = members[3];

        var page = await staff.GetDocumentAsync($"/Staff/Members?q={Uri.EscapeDataString(wanted.FirstName + " " + wanted.LastName[..9])}");

        Assert.Equal([wanted.MembershipNumber], NumbersOn(page));
    }

    [Fact]
    public async Task Search_ForNobody_SaysSo()
    {
        using var staff = await StaffAsync();

        var page = await staff.GetDocumentAsync("/Staff/Members?q=Zzznobody");

        Assert.Contains("No member matches your search", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("table.member-results"));
    }

    private static List<string> NumbersOn(IHtmlDocument page) =>
        page.QuerySelectorAll("table.member-results tbody tr td:first-of-type").Select(td => td.TextContent.Trim()).ToList();

    /// <summary>Members without logins, straight into the database: search reads members, and this is much quicker than registering each.</summary>
    private async Task<List<Member>> SeedAsync(string lastNamePrefix, int count)
    {
        var now = _factory.Clock.GetUtcNow().UtcDateTime;
        var members = Enumerable.Range(0, count)
            .Select(i => new Member
            {
                MembershipNumber = MembershipNumber.NewRandom(),
                FirstName = $"First{(count - i):D2}",
                // Created out of order, so that the list's order is the query's doing.
                LastName = $"{lastNamePrefix}{(i * 37) % count:D3}x{Guid.NewGuid():N}"[..Math.Min(60, lastNamePrefix.Length + 12)],
                Email = $"{lastNamePrefix.ToLowerInvariant()}{i}-{Guid.NewGuid():N}@example.org",
                MemberSince = DateOnly.FromDateTime(now),
                CreatedAt = now,
                UpdatedAt = now,
            })
            .ToList();
        await _factory.WithDbAsync(db =>
        {
            db.Members.AddRange(members);
            return db.SaveChangesAsync();
        });
        return members;
    }

    private async Task<PortalClient> StaffAsync()
    {
        var email = MembersKit.NewEmail("search-staff");
        await _factory.CreateStaffAsync(email, Roles.MemberServices);
        return await _factory.LoginAsync(email);
    }
}
