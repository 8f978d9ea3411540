using System.Net;
using ImiPortal.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static ImiPortal.ScaleOutTests.ScaleOutKit;

namespace ImiPortal.ScaleOutTests;

/// <summary>Two instances of the portal behind an imaginary load balancer: a member may land on either, for any request.</summary>
public sealed class TwoInstanceTests(TwoInstances portal, ITestOutputHelper output) : IClassFixture<TwoInstances>, IDisposable
{
    [Fact]
    public async Task ALoginOnA_IsAcceptedByB()
    {
        using var browser = Browser();
        var token = await FormTokenAsync(browser, new Uri(portal.A.BaseAddress, "Account/Login"));
        var login = await PostFormAsync(browser, new Uri(portal.A.BaseAddress, "Account/Login"), new()
        {
            ["Email"] = StaffEmail, ["Password"] = StaffPassword, ["__RequestVerificationToken"] = token,
        });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        // The cookie A issued opens the back office on B (shared Data Protection keys)...
        var onB = await browser.GetAsync(new Uri(portal.B.BaseAddress, "Staff"));
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);

        // ...which turns away a visitor without it.
        using var stranger = Browser();
        var refused = await stranger.GetAsync(new Uri(portal.B.BaseAddress, "Staff"));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/Login", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormRenderedByA_PostsSuccessfullyToB()
    {
        using var browser = Browser();
        var tokenFromA = await FormTokenAsync(browser, new Uri(portal.A.BaseAddress, "Account/Login"));

        var withoutToken = await PostFormAsync(browser, new Uri(portal.B.BaseAddress, "Account/Login"), new()
        {
            ["Email"] = StaffEmail, ["Password"] = StaffPassword,
        });
        var withTokenFromA = await PostFormAsync(browser, new Uri(portal.B.BaseAddress, "Account/Login"), new()
        {
            ["Email"] = StaffEmail, ["Password"] = StaffPassword, ["__RequestVerificationToken"] = tokenFromA,
        });

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withTokenFromA.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri(portal.A.BaseAddress, "Staff"))).StatusCode);
    }

    [Fact]
    public async Task TwoHundredQueuedEmails_AreDeliveredExactlyOnce()
    {
        var addresses = await QueueEmailsAsync(portal.ConnectionString, "bulk", 200);

        var delivered = await EventuallyAsync(() => Task.FromResult(DeliveredTo(addresses).Count == 200), TimeSpan.FromSeconds(180));
        Assert.True(delivered, $"Only {DeliveredTo(addresses).Count} of 200 emails arrived.");

        // Give a second sender time to show itself, then count again: each address exactly once.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var received = DeliveredTo(addresses);
        Assert.Equal(200, received.Count);
        Assert.All(addresses, a => Assert.Equal(1, received.Count(r => r == a)));
        await using var db = Db(portal.ConnectionString);
        Assert.Equal(0, await db.OutboxMessages.CountAsync(m => m.Kind == "test.scale-out" && m.To.StartsWith("bulk-") && m.SentAt == null));
    }

    [Fact]
    public async Task TheOutboxJob_FiresOncePerScheduleAcrossBothInstances()
    {
        // The job fires every second; both instances have been running since BothStartedAt.
        var since = portal.BothStartedAt;
        var enough = await EventuallyAsync(async () => (await RunsSinceAsync(since)).Select(r => r.ScheduledFor).Distinct().Count() >= 8, TimeSpan.FromSeconds(45));
        Assert.True(enough, "The outbox job did not fire every second.");

        var runs = await RunsSinceAsync(since);
        var twice = runs.GroupBy(r => r.ScheduledFor).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(twice);
        Assert.Contains("Background scheduler started (clustered", portal.A.Output, StringComparison.Ordinal);
        Assert.Contains("Background scheduler started (clustered", portal.B.Output, StringComparison.Ordinal);
    }

    public void Dispose() => output.WriteLine(portal.Output);

    private List<string> DeliveredTo(List<string> addresses) => portal.Smtp.DeliveredTo(addresses);

    private async Task<List<JobRun>> RunsSinceAsync(DateTime since)
    {
        await using var db = Db(portal.ConnectionString);
        return await db.JobRuns.AsNoTracking().Where(r => r.JobKey == PortalJobList.OutboxDispatchKey && r.ScheduledFor >= since).ToListAsync();
    }
}
