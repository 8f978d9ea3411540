using System.Net;
using ImiPortal.Domain.Members;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Transparency;

public sealed class MemberCheckTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public MemberCheckTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task ActiveMember_IsFoundByExactNumber_WithNameStatusAndGradeOnly()
    {
        var number = await MemberAsync("check-active@example.net", "Grace", "Hopper", m => m.Grade = MembershipGrade.Fellow);
        using var client = _factory.CreatePortalClient();

        var page = await client.GetDocumentAsync($"/MemberCheck?MembershipNumber={number.ToLowerInvariant()}");

        var row = Assert.Single(page.QuerySelectorAll("main table tbody tr"));
        Assert.Equal(["Grace Hopper", "Current member", "Fellow (FIMI)"], row.Children.Select(c => c.TextContent));
        Assert.DoesNotContain("check-active@example.net", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActiveMember_IsFoundByExactFullName_IgnoringCase()
    {
        await MemberAsync("check-name@example.net", "Katherine", "Johnson");
        using var client = _factory.CreatePortalClient();

        var page = await client.GetDocumentAsync("/MemberCheck?FirstName=katherine&LastName=JOHNSON");

        var row = Assert.Single(page.QuerySelectorAll("main table tbody tr"));
        Assert.Equal("Katherine Johnson", row.QuerySelector("th")!.TextContent);
        Assert.Equal("Current member", row.Children[1].TextContent);
    }

    [Fact]
    public async Task PartialNameOrNumber_FindsNothing_WithoutSuggestions()
    {
        var number = await MemberAsync("check-partial@example.net", "Dorothy", "Vaughan");
        using var client = _factory.CreatePortalClient();

        foreach (var query in new[] { "FirstName=Dor&LastName=Vaughan", "FirstName=Dorothy&LastName=Vaug", $"MembershipNumber={number[..^1]}", "FirstName=Vaughan&LastName=Dorothy" })
        {
            var page = await client.GetDocumentAsync($"/MemberCheck?{query}");
            Assert.Null(page.QuerySelector("main table"));
            Assert.Contains("We could not find a member matching those details.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("restricted")]
    [InlineData("objecting")]
    [InlineData("erased")]
    public async Task RestrictedObjectingOrErasedMember_IsNeverFound(string kind)
    {
        var number = await MemberAsync($"check-{kind}@example.net", "Hidden", $"Person{kind}", m =>
        {
            m.IsRestricted = kind == "restricted";
            m.ObjectsToDirectMarketing = kind == "objecting";
            m.ErasedAt = kind == "erased" ? _factory.Clock.GetUtcNow().UtcDateTime : null;
        });
        using var client = _factory.CreatePortalClient();

        var byNumber = await client.GetDocumentAsync($"/MemberCheck?MembershipNumber={number}");
        var byName = await client.GetDocumentAsync($"/MemberCheck?FirstName=Hidden&LastName=Person{kind}");

        Assert.Null(byNumber.QuerySelector("main table"));
        Assert.Null(byName.QuerySelector("main table"));
        Assert.Contains("We could not find a member matching those details.", byNumber.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("We could not find a member matching those details.", byName.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResignedMember_IsShownOnlyAsNotCurrent_WithoutGrade()
    {
        var number = await MemberAsync("check-resigned@example.net", "Mary", "Jackson", m => m.Status = MembershipStatus.Resigned);
        using var client = _factory.CreatePortalClient();

        var page = await client.GetDocumentAsync($"/MemberCheck?MembershipNumber={number}");

        var row = Assert.Single(page.QuerySelectorAll("main table tbody tr"));
        Assert.Equal(["Mary Jackson", "Not a current member", "–"], row.Children.Select(c => c.TextContent));
    }

    [Fact]
    public async Task FirstNameWithoutLastName_ShowsAnErrorAndNoResults()
    {
        using var client = _factory.CreatePortalClient();

        var page = await client.GetDocumentAsync("/MemberCheck?FirstName=Grace");

        Assert.Contains("Enter the member's last name", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#results"));
    }

    [Fact]
    public async Task EmptyForm_ShowsNoErrors()
    {
        using var client = _factory.CreatePortalClient();

        var page = await client.GetDocumentAsync("/MemberCheck");

        Assert.Null(page.QuerySelector("#error-summary"));
        Assert.NotNull(page.QuerySelector("form[method=get] #MembershipNumber"));
    }

    private async Task<string> MemberAsync(string email, string first, string last, Action<Member>? change = null)
    {
        var user = await _factory.CreateMemberAsync(email, first, last);
        return await _factory.WithDbAsync(async db =>
        {
            var member = await db.Members.SingleAsync(m => m.UserId == user.Id);
            member.Status = MembershipStatus.Active;
            member.Grade = MembershipGrade.Member;
            change?.Invoke(member);
            await db.SaveChangesAsync();
            return member.MembershipNumber;
        });
    }
}
