using System.Net;
using ImiPortal.Domain.Members;
using ImiPortal.Domain.Requests;
using ImiPortal.Domain.Security;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.Infrastructure.Retention;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ImiPortal.IntegrationTests.Retention;

/// <summary>The privacy officer's retention page, legal holds, and the sweep in small batches driven by the register.</summary>
public sealed class RetentionPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task RetentionPage_IsForThePrivacyOfficerOnly_AndShowsEachRuleWithItsPeriod()
    {
        await factory.CreateStaffAsync("ret-services@example.org", Roles.MemberServices);
        using var services = await factory.LoginAsync("ret-services@example.org");
        var denied = await services.GetAsync("/Staff/Retention");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/Account/AccessDenied", denied.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var dpo = await DpoAsync();
        var page = await dpo.GetDocumentAsync("/Staff/Retention");
        var rules = page.QuerySelector("table")!.TextContent;
        Assert.Contains("Orders and their payments", rules, StringComparison.Ordinal);
        Assert.Contains("7 years", rules, StringComparison.Ordinal);
        Assert.Contains("30 days", rules, StringComparison.Ordinal);
        var cutoff = Domain.UkTime.Format(Domain.UkTime.Today(factory.Clock).AddMonths(-84));
        Assert.Contains(cutoff, rules, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LegalHold_IsValidated_StopsErasure_AndCanBeReleased()
    {
        var user = await factory.CreateMemberAsync("ret-held@example.org", "Hermione", "Holdfast");
        var (memberId, number) = await factory.WithDbAsync(async db =>
            await db.Members.Where(m => m.UserId == user.Id).Select(m => new { m.Id, m.MembershipNumber }).SingleAsync() is var m ? (m.Id, m.MembershipNumber) : default);
        using var dpo = await DpoAsync();

        var invalid = await dpo.SubmitFormAsync("/Staff/Retention", new() { ["Hold.MembershipNumber"] = number, ["Hold.Reference"] = "", ["Hold.Reason"] = "" }, formAction: "PlaceHold");
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("Enter the claim or case reference", html, StringComparison.Ordinal);
        Assert.Contains("Explain why the data must be kept", html, StringComparison.Ordinal);
        var unknown = await dpo.SubmitFormAsync("/Staff/Retention", new() { ["Hold.MembershipNumber"] = "IMI00000001", ["Hold.Reference"] = "C-1", ["Hold.Reason"] = "Claim" }, formAction: "PlaceHold");
        Assert.Contains("No member has that membership number", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.LegalHolds.AnyAsync()));

        var placed = await dpo.SubmitFormAsync("/Staff/Retention", new() { ["Hold.MembershipNumber"] = number, ["Hold.Reference"] = "ET/1234/26", ["Hold.Reason"] = "Employment tribunal claim" }, formAction: "PlaceHold");
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        var holdId = await factory.WithDbAsync(db => db.LegalHolds.Where(h => h.MemberId == memberId && h.ReleasedAt == null).Select(h => h.Id).SingleAsync());
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.Action == "member.legal-hold.placed" && a.SubjectMemberId == memberId)));

        var requestId = await ErasureRequestAsync(memberId);
        var preview = await dpo.GetDocumentAsync($"/Staff/Erasure/Preview/{requestId}");
        Assert.Contains("Legal hold", preview.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var refused = await dpo.SubmitFormAsync($"/Staff/Erasure/Preview/{requestId}", new() { ["MembershipNumber"] = number });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("under a legal hold", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.ErasedAt).SingleAsync()));

        var released = await dpo.PostWithTokenAsync("/Staff/Retention", $"/Staff/Retention/ReleaseHold/{holdId}", []);
        Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);
        Assert.NotNull(await factory.WithDbAsync(db => db.LegalHolds.Where(h => h.Id == holdId).Select(h => h.ReleasedAt).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await dpo.PostWithTokenAsync("/Staff/Retention", $"/Staff/Retention/ReleaseHold/{holdId}", [])).StatusCode);
    }

    [Fact]
    public async Task Sweep_InSmallBatches_UsesThePeriodFromTheRecordOfProcessing_AndReportsOnThePage()
    {
        var loginUser = await factory.CreateMemberAsync("ret-batches@example.org");
        var memberId = await factory.WithDbAsync(db => db.Members.Where(m => m.UserId == loginUser.Id).Select(m => m.Id).SingleAsync());
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.WithDbAsync(async db =>
        {
            // The privacy officer shortens the "administer" purpose's period to one year.
            var purpose = await db.ProcessingPurposes.SingleAsync(p => p.Key == "administer");
            purpose.RetentionMonths = 12;
            for (var i = 0; i < 10; i++)
            {
                db.LoginRecords.Add(new LoginRecord { UserId = loginUser.Id, MemberId = memberId, OccurredAt = now.AddDays(-500 - i), Succeeded = true });
                db.LoginRecords.Add(new LoginRecord { UserId = loginUser.Id, MemberId = memberId, OccurredAt = now.AddDays(-100 - i), Succeeded = true });
            }

            return await db.SaveChangesAsync();
        });

        await using (var scope = factory.Scope())
        {
            var sweep = ActivatorUtilities.CreateInstance<RetentionSweep>(scope.ServiceProvider, Options.Create(new RetentionOptions { BatchSize = 3, RowsPerTransaction = 5, MemberBatchSize = 1 }));
            var run = await sweep.RunAsync(null, CancellationToken.None);
            Assert.Equal(10, run.Lines.Single(l => l.RuleKey == "login-records").Affected);
        }

        Assert.Equal(10, await factory.WithDbAsync(db => db.LoginRecords.CountAsync(l => l.MemberId == memberId)));
        Assert.False(await factory.WithDbAsync(db => db.LoginRecords.AnyAsync(l => l.OccurredAt < now.AddDays(-400))));

        using var dpo = await DpoAsync();
        var ran = await dpo.PostWithTokenAsync("/Staff/Retention", "/Staff/Retention/RunNow", []);
        Assert.Equal(HttpStatusCode.Redirect, ran.StatusCode);
        var report = await dpo.GetDocumentAsync(ran.Headers.Location!.ToString());
        Assert.Contains("Records of logins to MyIMI", report.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Privacy officer", (await dpo.GetDocumentAsync("/Staff/Retention")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<PortalClient> DpoAsync()
    {
        const string email = "ret-dpo@example.org";
        if (!await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)))
        {
            await factory.CreateStaffAsync(email, Roles.PrivacyOfficer);
        }

        return await factory.LoginAsync(email);
    }

    private async Task<Guid> ErasureRequestAsync(Guid memberId)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var request = new RightsRequest
        {
            Reference = RequestReference.NewReference(), Type = RightsRequestType.Erasure, Channel = RequestChannel.MyImi, Status = RightsRequestStatus.InProgress,
            MemberId = memberId, FullName = "Hermione Holdfast", Email = "ret-held@example.org", ReceivedOn = Domain.UkTime.DateOf(now), CreatedAt = now,
            IdentityVerifiedBy = IdentityVerificationMethod.LoggedInSession, IdentityVerifiedAt = now,
        };
        scope.ServiceProvider.GetRequiredService<RequestDeadlines>().Refresh(request);
        db.RightsRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }
}
