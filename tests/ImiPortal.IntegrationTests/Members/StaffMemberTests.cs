using System.Net;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Members;

public sealed class StaffMemberTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public StaffMemberTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task StaffCorrection_WithoutReason_IsRefusedAndSavesNothing()
    {
        var (_, memberId) = await MembersKit.CreateMemberAsync(_factory, MembersKit.NewEmail("staff-noreason"));
        var before = await MembersKit.SnapshotAsync(_factory, memberId);
        using var staff = await StaffAsync(Roles.MemberServices);

        var response = await staff.SubmitFormAsync($"/Staff/Members/Edit/{memberId}", MembersKit.AllFields().With("Input.Reason", "  "), "/Staff/Members/Edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Enter the reason for the correction", MembersKit.ErrorSummary(page), StringComparison.Ordinal);
        Assert.NotNull(page.GetElementById("Input_Reason-error"));
        Assert.Equal(before, await MembersKit.SnapshotAsync(_factory, memberId));
        Assert.Empty(await MembersKit.HistoryAsync(_factory, memberId));
    }

    [Fact]
    public async Task StaffCorrection_WithReason_IsSavedAuditedAndShownToTheMemberAsByStaff()
    {
        var email = MembersKit.NewEmail("staff-fix");
        var (_, memberId) = await MembersKit.CreateMemberAsync(_factory, email, "Jon", "Smyth");
        var (staffUser, staffClient) = await StaffWithUserAsync(Roles.PrivacyOfficer);
        using var staff = staffClient;

        var response = await staff.SubmitFormAsync($"/Staff/Members/Edit/{memberId}", MembersKit.AllFields()
            .With("Input.FirstName", "John").With("Input.LastName", "Smith").With("Input.Reason", "Member phoned on 25 November; identity checked"), "/Staff/Members/Edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Staff/Members/Details/{memberId}", response.Headers.Location!.PathAndQuery());
        var member = await _factory.WithDbAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId));
        Assert.Equal(("John", "Smith", "SG13 8PQ"), (member.FirstName, member.LastName,
            await _factory.WithDbAsync(db => db.Addresses.Where(a => a.MemberId == memberId && a.Kind == Domain.Members.AddressKind.Billing).Select(a => a.Postcode).SingleAsync())));
        var change = Assert.Single(await MembersKit.HistoryAsync(_factory, memberId));
        Assert.True(change.ChangedByStaff);
        Assert.Equal(staffUser.Id, change.ChangedByUserId);
        Assert.Equal("Member phoned on 25 November; identity checked", change.Reason);
        Assert.Contains("FirstName", change.FieldNames);
        var audit = await _factory.WithDbAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.SubjectMemberId == memberId && e.Action == "member.details.changed"));
        Assert.Equal(staffUser.Id, audit.ActorUserId);
        Assert.Contains("by=staff", audit.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("John", audit.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("phoned", audit.Details, StringComparison.Ordinal);

        var record = await staff.GetDocumentAsync($"/Staff/Members/Details/{memberId}");
        var history = record.QuerySelector("table.details-history tbody")!.TextContent;
        Assert.Contains(staffUser.Email!, history, StringComparison.Ordinal);
        Assert.Contains("identity checked", history, StringComparison.Ordinal);

        using var memberClient = await _factory.LoginAsync(email);
        var mine = await memberClient.GetDocumentAsync("/Details");
        Assert.Contains("by IMI staff", mine.QuerySelector(".last-updated")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("IMI staff", mine.QuerySelector("table.details-history tbody")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(staffUser.Email!, mine.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffCorrection_WithBadPostcode_IsRefusedLikeTheMembersForm()
    {
        var (_, memberId) = await MembersKit.CreateMemberAsync(_factory, MembersKit.NewEmail("staff-badpc"));
        var before = await MembersKit.SnapshotAsync(_factory, memberId);
        using var staff = await StaffAsync(Roles.MemberServices);

        var response = await staff.SubmitFormAsync($"/Staff/Members/Edit/{memberId}", MembersKit.AllFields()
            .With("Input.Billing.Postcode", "ZZ99 ZZZ").With("Input.Reason", "Letter from the member"), "/Staff/Members/Edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter a real UK postcode", MembersKit.ErrorSummary(await PortalClient.ParseAsync(response)), StringComparison.Ordinal);
        Assert.Equal(before, await MembersKit.SnapshotAsync(_factory, memberId));
    }

    [Fact]
    public async Task StaffView_OfARecordOrItsEditPage_IsAudited()
    {
        var (_, memberId) = await MembersKit.CreateMemberAsync(_factory, MembersKit.NewEmail("staff-view"), "Viola", "Viewed");
        var (staffUser, staffClient) = await StaffWithUserAsync(Roles.MemberServices);
        using var staff = staffClient;

        var record = await staff.GetDocumentAsync($"/Staff/Members/Details/{memberId}");
        await staff.GetDocumentAsync($"/Staff/Members/Edit/{memberId}");

        Assert.Contains("Viola Viewed", record.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var views = await _factory.WithDbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.SubjectMemberId == memberId && e.Action == "member.viewed").ToListAsync());
        Assert.Equal(2, views.Count);
        Assert.All(views, v => Assert.Equal(staffUser.Id, v.ActorUserId));
        Assert.All(views, v => Assert.Equal(memberId.ToString(), v.EntityId));
    }

    [Theory]
    [InlineData("/Staff/Members")]
    [InlineData("/Staff/Members/Details/{0}")]
    [InlineData("/Staff/Members/Edit/{0}")]
    public async Task StaffMemberPages_ForAMember_AreDenied(string url)
    {
        var email = MembersKit.NewEmail("staff-denied");
        var (_, memberId) = await MembersKit.CreateMemberAsync(_factory, email);
        using var client = await _factory.LoginAsync(email);

        var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, url, memberId));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.SubjectMemberId == memberId && e.Action == "member.viewed")));
    }

    [Fact]
    public async Task StaffEdit_ByAMember_PostIsDeniedAndChangesNothing()
    {
        var victimEmail = MembersKit.NewEmail("staff-post-victim");
        var (_, victimId) = await MembersKit.CreateMemberAsync(_factory, victimEmail);
        var before = await MembersKit.SnapshotAsync(_factory, victimId);
        var email = MembersKit.NewEmail("staff-post-member");
        await MembersKit.CreateMemberAsync(_factory, email);
        using var client = await _factory.LoginAsync(email);

        var response = await client.PostWithTokenAsync("/Details", $"/Staff/Members/Edit/{victimId}", MembersKit.AllFields().With("Input.Reason", "Because"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.Equal(before, await MembersKit.SnapshotAsync(_factory, victimId));
    }

    private async Task<PortalClient> StaffAsync(string role) => (await StaffWithUserAsync(role)).Client;

    private async Task<(ApplicationUser User, PortalClient Client)> StaffWithUserAsync(string role)
    {
        var email = MembersKit.NewEmail("staff-" + role.ToLowerInvariant());
        var user = await _factory.CreateStaffAsync(email, role);
        return (user, await _factory.LoginAsync(email));
    }
}
