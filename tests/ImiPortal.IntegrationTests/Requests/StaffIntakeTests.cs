using System.Net;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Requests;

/// <summary>Member services record a request received by phone, post or email, dated the day it reached us.</summary>
public class StaffIntakeTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public StaffIntakeTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task PhoneRequest_LinkedByMembershipNumber_RunsFromTheDayReceivedAndIsAuditedAndAcknowledged()
    {
        var memberEmail = $"caller-{Guid.NewGuid():N}@example.net";
        var user = await _factory.CreateMemberAsync(memberEmail);
        var member = await _factory.WithDbAsync(db => db.Members.SingleAsync(m => m.UserId == user.Id));
        var staff = await StaffAsync();
        var dashboard = await staff.GetDocumentAsync("/Staff");
        Assert.NotNull(dashboard.QuerySelector("a[href='/Staff/Intake/New']"));

        // Received by phone on Friday 20 November 2026: a month on is Sunday 20 December, so Monday 21 December.
        var fields = RequestForms.Valid("Access", memberEmail, "Casey Caller");
        fields["Input.Channel"] = "Phone";
        fields["Input.ReceivedOn"] = "2026-11-20";
        fields["Input.MembershipNumber"] = member.MembershipNumber.ToLowerInvariant();
        var response = await staff.SubmitFormAsync("/Staff/Intake/New?type=Access", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var request = await _factory.WithDbAsync(db => db.RightsRequests.Include(r => r.Events).SingleAsync(r => r.MemberId == member.Id));
        Assert.Equal($"/Staff/Intake/Recorded/{request.Id}", response.Headers.Location!.PathAndQuery());
        Assert.Equal(RequestChannel.Phone, request.Channel);
        Assert.Equal(new DateOnly(2026, 11, 20), request.ReceivedOn);
        Assert.Equal(new DateOnly(2026, 12, 21), request.DueOn);
        Assert.Null(request.IdentityVerifiedBy);
        var submitted = Assert.Single(request.Events, e => e.Kind == RightsRequestEventKind.Submitted);
        Assert.Equal(new DateOnly(2026, 11, 20), submitted.EffectiveOn);
        Assert.NotNull(submitted.ActorUserId);

        var audit = await _factory.WithDbAsync(db => db.AuditEvents.SingleAsync(a => a.Action == "request.recorded" && a.EntityId == request.Id.ToString()));
        Assert.Equal(member.Id, audit.SubjectMemberId);
        Assert.DoesNotContain("Casey", audit.Details ?? "", StringComparison.Ordinal);

        var recorded = await staff.GetDocumentAsync(response.Headers.Location!.PathAndQuery());
        Assert.Contains(request.Reference, recorded.QuerySelector(".request-reference")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("21 December 2026", recorded.QuerySelector("#request-due")!.TextContent.Trim());
        var acknowledgement = Assert.Single(await Outbox.ForAsync(_factory, memberEmail), m => m.Kind == "request.acknowledged");
        Assert.Contains("by the end of 21 December 2026", acknowledgement.TextBody, StringComparison.Ordinal);

        using var memberClient = await _factory.LoginAsync(memberEmail);
        var mine = await memberClient.GetDocumentAsync("/Requests/Mine");
        Assert.Contains("21 December 2026", mine.QuerySelector("table.my-requests tbody tr")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownMembershipNumber_ShowsAClearErrorAndSavesNothing()
    {
        var staff = await StaffAsync();
        var before = await _factory.WithDbAsync(db => db.RightsRequests.CountAsync());
        var fields = PostRequest("unknown@example.org");
        fields["Input.MembershipNumber"] = "IMI00000001";

        var response = await staff.SubmitFormAsync("/Staff/Intake/New?type=Portability", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("No member has this membership number", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Input_MembershipNumber-error"));
        Assert.Equal(before, await _factory.WithDbAsync(db => db.RightsRequests.CountAsync()));
    }

    [Theory]
    [InlineData("2026-11-26", "cannot be in the future")]
    [InlineData("2026-08-24", "within the last 3 months")]
    [InlineData("", "Enter the date the request reached us")]
    public async Task ReceivedDate_InTheFutureOrTooLongAgoOrMissing_IsRefused(string receivedOn, string message)
    {
        var staff = await StaffAsync();
        var before = await _factory.WithDbAsync(db => db.RightsRequests.CountAsync());
        var fields = PostRequest("dated@example.org");
        fields["Input.ReceivedOn"] = receivedOn;

        var response = await staff.SubmitFormAsync("/Staff/Intake/New?type=Portability", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await PortalClient.ParseAsync(response)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.RightsRequests.CountAsync()));
    }

    [Fact]
    public async Task PostRequest_WithNoWayToReply_IsRefused()
    {
        var staff = await StaffAsync();
        var fields = PostRequest("x@example.org");
        fields.Remove("Input.Email");

        var response = await staff.SubmitFormAsync("/Staff/Intake/New?type=Portability", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("at least one way to reply", (await PortalClient.ParseAsync(response)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_CannotOpenStaffIntake()
    {
        var email = $"nosy-{Guid.NewGuid():N}@example.net";
        await _factory.CreateMemberAsync(email);
        using var member = await _factory.LoginAsync(email);

        var response = await member.GetAsync("/Staff/Intake/New?type=Access");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }

    private static Dictionary<string, string> PostRequest(string email)
    {
        var fields = RequestForms.Valid("Portability", email, "Pat Letter");
        fields["Input.Channel"] = "Post";
        fields["Input.ReceivedOn"] = "2026-11-23";
        return fields;
    }

    private async Task<PortalClient> StaffAsync()
    {
        var email = $"staff-{Guid.NewGuid():N}@theimi.example";
        await _factory.CreateStaffAsync(email, Roles.MemberServices);
        return await _factory.LoginAsync(email);
    }
}
