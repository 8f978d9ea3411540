using System.Net;
using ImiPortal.Domain.Consent;
using ImiPortal.Infrastructure.Consent;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImiPortal.IntegrationTests.Retention;

/// <summary>Restriction of processing (Art. 18): applied by staff, honoured everywhere, lifted only after notice.</summary>
public sealed class RestrictionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Restriction_IsAppliedByStaff_ExcludesTheMember_AndIsLiftedOnlyAfterNoticeAndItsDate()
    {
        var member = await factory.CreateMemberAsync("restrict-me@example.org", "Ottoline", "Restrova");
        var memberId = await MemberIdAsync(member.Id);
        await GrantEmailMarketingAsync(memberId);
        await factory.CreateStaffAsync("restrict-staff@example.org", Roles.MemberServices);
        using var staff = await factory.LoginAsync("restrict-staff@example.org");
        var page = $"/Staff/Restrictions/Member/{memberId}";
        Assert.Contains(memberId, await AudienceAsync());

        var missing = await staff.SubmitFormAsync(page, new() { ["Apply.Ground"] = "" });
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Choose the reason for the restriction", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.ProcessingRestrictions.AnyAsync()));

        var applied = await staff.SubmitFormAsync(page, new() { ["Apply.Ground"] = "AccuracyContested" });
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.IsRestricted).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == "restriction.applied" && m.To == "restrict-me@example.org")));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.Action == "member.restriction.applied" && a.SubjectMemberId == memberId)));
        Assert.DoesNotContain(memberId, await AudienceAsync());
        var record = await staff.GetDocumentAsync($"/Staff/Members/Details/{memberId}");
        Assert.Contains("Processing restricted", record.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // Lifting needs notice first.
        var restrictionId = await factory.WithDbAsync(db => db.ProcessingRestrictions.Select(r => r.Id).SingleAsync());
        var liftTooSoon = await staff.PostWithTokenAsync(page, $"/Staff/Restrictions/Lift/{memberId}?restrictionId={restrictionId}", []);
        Assert.Contains("Tell the member first", await liftTooSoon.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var today = Domain.UkTime.Today(factory.Clock);
        var shortNotice = await staff.SubmitFormAsync(page, new() { ["Notice.NotBefore"] = today.AddDays(3).ToString("yyyy-MM-dd"), ["Notice.Reason"] = "We checked your address." });
        Assert.Contains("at least 7 days", await shortNotice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await factory.WithDbAsync(db => db.ProcessingRestrictions.Select(r => r.LiftNoticeSentAt).SingleAsync()));

        var notice = await staff.SubmitFormAsync(page, new() { ["Notice.NotBefore"] = today.AddDays(7).ToString("yyyy-MM-dd"), ["Notice.Reason"] = "We checked your address." });
        Assert.Equal(HttpStatusCode.Redirect, notice.StatusCode);
        var noticeEmail = await factory.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == "restriction.lift-notice"));
        Assert.Contains(Domain.UkTime.Format(today.AddDays(7)), noticeEmail.TextBody, StringComparison.Ordinal);
        using (var memberClient = await factory.LoginAsync("restrict-me@example.org"))
        {
            var mine = await memberClient.GetDocumentAsync("/Privacy/Mine");
            Assert.Contains($"lift it on or after {Domain.UkTime.Format(today.AddDays(7))}", mine.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }


        var beforeDate = await staff.PostWithTokenAsync(page, $"/Staff/Restrictions/Lift/{memberId}?restrictionId={restrictionId}", []);
        Assert.Contains("would not be lifted before", await beforeDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.IsRestricted).SingleAsync()));

        factory.Clock.Advance(TimeSpan.FromDays(7));
        using var nextWeek = await factory.LoginAsync("restrict-staff@example.org");
        var lifted = await nextWeek.PostWithTokenAsync(page, $"/Staff/Restrictions/Lift/{memberId}?restrictionId={restrictionId}", []);
        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.IsRestricted).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == "restriction.lifted")));
        Assert.Contains(memberId, await AudienceAsync());
    }

    [Fact]
    public async Task RestrictedMember_IsNotCountedInAnalytics_EvenAfterAcceptingTheCookie()
    {
        var user = await factory.CreateMemberAsync("restrict-analytics@example.org");
        using var client = await factory.LoginAsync("restrict-analytics@example.org");
        await client.SubmitFormAsync("/Cookies", new() { ["analytics"] = "yes" }, formAction: "/Cookies/Choose");
        var before = await client.GetAsync("/MyImi");
        Assert.Contains("analytics.js", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await factory.WithDbAsync(async db =>
        {
            var member = await db.Members.SingleAsync(m => m.UserId == user.Id);
            member.IsRestricted = true;
            return await db.SaveChangesAsync();
        });
        var after = await client.GetAsync("/MyImi");
        Assert.DoesNotContain("analytics.js", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var deleted = after.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Where(c => c.StartsWith("MyImi.Analytics=", StringComparison.Ordinal)).ToList() : [];
        Assert.Single(deleted);
        Assert.Contains("expires=Thu, 01 Jan 1970", deleted[0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Member_CannotOpenTheStaffRestrictionPage()
    {
        var user = await factory.CreateMemberAsync("restrict-nosy@example.org");
        using var client = await factory.LoginAsync("restrict-nosy@example.org");
        var response = await client.GetAsync($"/Staff/Restrictions/Member/{await MemberIdAsync(user.Id)}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private Task<Guid> MemberIdAsync(Guid userId) => factory.WithDbAsync(db => db.Members.Where(m => m.UserId == userId).Select(m => m.Id).SingleAsync());

    private async Task GrantEmailMarketingAsync(Guid memberId)
    {
        var topic = await factory.WithDbAsync(db => db.MarketingTopics.OrderBy(t => t.SortOrder).Select(t => t.Id).FirstAsync());
        await using var scope = factory.Scope();
        var ledger = scope.ServiceProvider.GetRequiredService<ConsentLedger>();
        await ledger.RecordAsync(new ConsentRecord(memberId,
            [new ConsentChange(ConsentSubject.ForChannel(MarketingChannel.Email), Granted: true), new ConsentChange(ConsentSubject.ForTopic(topic), Granted: true)],
            ConsentSource.MyImiForm), CancellationToken.None);
    }

    private async Task<List<Guid>> AudienceAsync()
    {
        await using var scope = factory.Scope();
        var topic = await scope.ServiceProvider.GetRequiredService<ImiPortal.Infrastructure.Data.PortalDbContext>().MarketingTopics.OrderBy(t => t.SortOrder).Select(t => t.Id).FirstAsync();
        return await scope.ServiceProvider.GetRequiredService<MarketingAudience>().Members(MarketingChannel.Email, topic).Select(m => m.Id).ToListAsync();
    }
}
