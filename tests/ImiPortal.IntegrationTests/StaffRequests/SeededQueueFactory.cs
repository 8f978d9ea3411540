using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;

namespace ImiPortal.IntegrationTests.StaffRequests;

/// <summary>
/// A portal with 60 requests in every status, received over three months before "today" (Wednesday 25 November
/// 2026, the factory clock, which the queue tests never move), two staff to assign them to.
/// </summary>
public sealed class SeededQueueFactory : PortalFactory, IAsyncLifetime
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public const string StaffAEmail = "queue-staff-a@theimi.org.uk";

    public List<RightsRequest> Requests { get; } = [];

    public ApplicationUser StaffA { get; private set; } = default!;

    public ApplicationUser StaffB { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        StaffA = await CreateStaffAsync(StaffAEmail, Roles.MemberServices);
        StaffB = await CreateStaffAsync("queue-staff-b@theimi.org.uk", Roles.PrivacyOfficer);
        Requests.AddRange(await RequestSeed.InsertManyAsync(this, Seeds()));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private IEnumerable<RequestSeed> Seeds()
    {
        // 30 open requests received 70 to 12 days ago: overdue, due this week and due later.
        for (var i = 0; i < 30; i++)
        {
            yield return new RequestSeed
            {
                ReceivedOn = Today.AddDays(-70 + 2 * i),
                Status = i % 2 == 0 ? RightsRequestStatus.Received : RightsRequestStatus.InProgress,
                Type = i % 5 == 0 ? RightsRequestType.Erasure : RightsRequestType.Access,
                FullName = $"Open Person {i:00}",
                Email = $"open{i:00}@example.net",
                AssigneeUserId = (i % 3) switch { 0 => StaffA.Id, 1 => StaffB.Id, _ => null },
            };
        }

        for (var i = 0; i < 5; i++)
        {
            yield return new RequestSeed
            {
                ReceivedOn = Today.AddDays(-20),
                Status = RightsRequestStatus.AwaitingIdentity,
                FullName = $"Waiting Id {i}",
                Email = $"waiting-id{i}@example.net",
                Steps = [(RightsRequestEventKind.IdentityRequested, Today.AddDays(-18))],
            };
            yield return new RequestSeed
            {
                ReceivedOn = Today.AddDays(-20),
                Status = RightsRequestStatus.AwaitingClarification,
                FullName = $"Waiting Answer {i}",
                Email = $"waiting-answer{i}@example.net",
                Steps = [(RightsRequestEventKind.ClarificationRequested, Today.AddDays(-15))],
            };
        }

        // Completed: this month four on time (due 20 Nov, closed 10 Nov) and two late (due 1 Oct, closed 3 Nov); six last month.
        for (var i = 0; i < 12; i++)
        {
            var (received, closed) = i switch
            {
                < 4 => (new DateOnly(2026, 10, 20), new DateOnly(2026, 11, 10)),
                < 6 => (new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 3)),
                _ => (new DateOnly(2026, 9, 10), new DateOnly(2026, 10, 5)),
            };
            yield return new RequestSeed
            {
                ReceivedOn = received,
                Status = RightsRequestStatus.Completed,
                FullName = i == 0 ? "Zebedee Closed" : $"Closed Person {i:00}",
                Email = $"closed{i:00}@example.net",
                IdentityVerifiedBy = IdentityVerificationMethod.EmailLink,
                ClosedAt = RequestSeed.MorningUtc(closed),
                Steps = [(RightsRequestEventKind.Completed, closed)],
            };
        }

        for (var i = 0; i < 4; i++)
        {
            yield return new RequestSeed
            {
                ReceivedOn = new DateOnly(2026, 10, 1),
                Status = RightsRequestStatus.Refused,
                RefusalReason = RefusalReason.ManifestlyUnfounded,
                FullName = $"Refused Person {i}",
                ClosedAt = RequestSeed.MorningUtc(new DateOnly(2026, 11, 2)),
            };
        }

        for (var i = 0; i < 2; i++)
        {
            yield return new RequestSeed { ReceivedOn = new DateOnly(2026, 10, 1), Status = RightsRequestStatus.Withdrawn, FullName = $"Withdrawn Person {i}", ClosedAt = RequestSeed.MorningUtc(new DateOnly(2026, 10, 8)) };
            yield return new RequestSeed { ReceivedOn = Today.AddDays(-50), Status = RightsRequestStatus.AwaitingEmailConfirmation, FullName = $"Unconfirmed Person {i}" };
        }
    }
}
