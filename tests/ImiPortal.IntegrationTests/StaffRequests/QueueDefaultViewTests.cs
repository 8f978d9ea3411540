using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ImiPortal.IntegrationTests.StaffRequests.StaffKit;

namespace ImiPortal.IntegrationTests.StaffRequests;

/// <summary>A queue shorter than one page: three open requests with a due date, two without (awaiting ID), one closed.</summary>
public sealed class ShortQueueFactory : PortalFactory, IAsyncLifetime
{
    public List<RightsRequest> Requests { get; } = [];

    public async Task InitializeAsync() => Requests.AddRange(await RequestSeed.InsertManyAsync(this, Seeds()));

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private static IEnumerable<RequestSeed> Seeds()
    {
        // Received out of order, so that the page's order is the query's and not the insertion's.
        foreach (var (day, i) in new[] { 20, 6, 13 }.Select((day, i) => (day, i)))
        {
            yield return new RequestSeed { ReceivedOn = new DateOnly(2026, 10, day), FullName = $"Short Dated {i}", Email = $"short-dated{i}@example.net" };
        }

        foreach (var (day, i) in new[] { 9, 2 }.Select((day, i) => (day, i)))
        {
            var received = new DateOnly(2026, 11, day);
            yield return new RequestSeed
            {
                ReceivedOn = received,
                Status = RightsRequestStatus.AwaitingIdentity,
                FullName = $"Short Undated {i}",
                Email = $"short-undated{i}@example.net",
                Steps = [(RightsRequestEventKind.IdentityRequested, received.AddDays(1))],
            };
        }

        yield return new RequestSeed
        {
            ReceivedOn = new DateOnly(2026, 10, 1),
            Status = RightsRequestStatus.Completed,
            FullName = "Short Closed",
            IdentityVerifiedBy = IdentityVerificationMethod.EmailLink,
            ClosedAt = RequestSeed.MorningUtc(new DateOnly(2026, 10, 2)),
            Steps = [(RightsRequestEventKind.Completed, new DateOnly(2026, 10, 2))],
        };
    }
}

/// <summary>
/// The queue's default view (open requests, soonest due first) is read by compiled queries, every other view by the
/// queries that its filters compose (issue #11): both must show the same requests in the same order.
/// </summary>
public sealed class QueueDefaultViewTests(ShortQueueFactory factory) : IClassFixture<ShortQueueFactory>
{
    [Theory]
    [InlineData("/Staff/Requests")]
    [InlineData("/Staff/Requests?status=open&sort=due")]
    [InlineData("/Staff/Requests?q=Short")] // a search: the composed queries, over the same five open requests (and the closed one)
    public async Task FewerThanAPage_ShowsTheDatedSoonestDueFirst_ThenTheUndatedOldestFirst(string url)
    {
        var (client, _) = await LoginStaffAsync(factory, Roles.MemberServices);

        var page = await client.GetDocumentAsync(url);

        var shown = factory.Requests.Where(r => url.Contains("q=", StringComparison.Ordinal) || RequestTransitions.Workable.Contains(r.Status)).ToList();
        var expected = shown.Where(r => r.DueOn is not null).OrderBy(r => r.DueOn).ThenBy(r => r.ReceivedOn)
            .Concat(shown.Where(r => r.DueOn is null).OrderBy(r => r.ReceivedOn))
            .Select(r => r.Reference);
        Assert.Equal(expected, page.QuerySelectorAll("table.queue-table tbody tr th a").Select(a => a.TextContent.Trim()));
        Assert.Equal($"Showing 1 to {shown.Count} of {shown.Count} requests.", page.QuerySelector("#queue-summary")!.TextContent.Split('.')[0].Trim() + ".");
    }

    [Theory]
    [InlineData(null, null, null, null, null, true)]
    [InlineData("open", null, null, null, null, true)]
    [InlineData(" Open ", null, null, null, null, true)]
    [InlineData("no-such-status", null, null, null, null, true)] // an unknown status shows the open requests
    [InlineData(null, "anyone", null, null, null, true)] // so does an unknown assignee
    [InlineData("closed", null, null, null, null, false)]
    [InlineData("all", null, null, null, null, false)]
    [InlineData("InProgress", null, null, null, null, false)]
    [InlineData(null, "mine", null, null, null, false)]
    [InlineData(null, "unassigned", null, null, null, false)]
    [InlineData(null, null, "overdue", null, null, false)]
    [InlineData(null, null, "week", null, null, false)]
    [InlineData(null, null, null, "month", null, false)]
    [InlineData(null, null, null, null, "Short", false)]
    public async Task IsOpenOnly_IsTrueForTheDefaultViewAlone(string? status, string? assignee, string? due, string? closed, string? q, bool expected)
    {
        await using var scope = factory.Scope();
        var register = scope.ServiceProvider.GetRequiredService<RequestRegister>();

        var filtered = register.Filter(new RequestQueueFilter { Status = status, Assignee = assignee, Due = due, Closed = closed, Q = q }, Guid.NewGuid());

        Assert.Equal(expected, RequestRegister.IsOpenOnly(filtered));
    }

    [Fact]
    public async Task IsOpenOnly_IsFalseWithATypeFilter()
    {
        await using var scope = factory.Scope();
        var register = scope.ServiceProvider.GetRequiredService<RequestRegister>();

        Assert.False(RequestRegister.IsOpenOnly(register.Filter(new RequestQueueFilter { Type = RightsRequestType.Erasure }, Guid.NewGuid())));
    }
}
