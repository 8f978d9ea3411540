using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;

namespace ImiPortal.IntegrationTests.StaffRequests;

/// <summary>
/// A portal with 70 open requests (three pages of the queue) built for ties: 40 with a due date, several sharing one
/// (receipts on 17, 18 and 19 September are all due Monday 19 October, the first two moved off the weekend) and
/// several received the same day; 30 paused or awaiting ID (no due date), ten received on each of three days, so that
/// the boundary between pages 2 and 3 falls inside them. Plus closed and unconfirmed requests, which the queue hides.
/// </summary>
public class PagedQueueFactory : PortalFactory, IAsyncLifetime
{
    public List<RightsRequest> Requests { get; } = [];

    public ApplicationUser Staff { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Staff = await CreateStaffAsync("paged-queue-staff@theimi.org.uk", Roles.MemberServices);
        Requests.AddRange(await RequestSeed.InsertManyAsync(this, Seeds()));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private IEnumerable<RequestSeed> Seeds()
    {
        DateOnly[] sameDue = [new(2026, 9, 17), new(2026, 9, 18), new(2026, 9, 19)];
        for (var i = 0; i < 40; i++)
        {
            var received = i switch
            {
                < 12 => sameDue[i % 3],
                < 22 => new DateOnly(2026, 10, 5),
                _ => new DateOnly(2026, 10, 6).AddDays(i - 22),
            };
            yield return new RequestSeed
            {
                ReceivedOn = received,
                Status = i % 2 == 0 ? RightsRequestStatus.Received : RightsRequestStatus.InProgress,
                Type = i % 4 == 0 ? RightsRequestType.Erasure : RightsRequestType.Access,
                FullName = $"Paged Dated {i:00}",
                Email = $"paged-dated{i:00}@example.net",
                AssigneeUserId = i % 3 == 0 ? Staff.Id : null,
            };
        }

        for (var i = 0; i < 30; i++)
        {
            var received = new DateOnly(2026, 11, 2).AddDays(i / 10);
            yield return i % 2 == 0
                ? new RequestSeed
                {
                    ReceivedOn = received,
                    Status = RightsRequestStatus.AwaitingIdentity,
                    FullName = $"Paged Undated {i:00}",
                    Email = $"paged-undated{i:00}@example.net",
                    Steps = [(RightsRequestEventKind.IdentityRequested, received.AddDays(1))],
                }
                : new RequestSeed
                {
                    ReceivedOn = received,
                    Status = RightsRequestStatus.AwaitingClarification,
                    FullName = $"Paged Undated {i:00}",
                    Email = $"paged-undated{i:00}@example.net",
                    Steps = [(RightsRequestEventKind.ClarificationRequested, received.AddDays(1))],
                };
        }

        for (var i = 0; i < 3; i++)
        {
            yield return new RequestSeed
            {
                ReceivedOn = new DateOnly(2026, 9, 17),
                Status = RightsRequestStatus.Completed,
                FullName = $"Paged Closed {i}",
                IdentityVerifiedBy = IdentityVerificationMethod.EmailLink,
                ClosedAt = RequestSeed.MorningUtc(new DateOnly(2026, 10, 1)),
                Steps = [(RightsRequestEventKind.Completed, new DateOnly(2026, 10, 1))],
            };
            yield return new RequestSeed { ReceivedOn = new DateOnly(2026, 11, 2), Status = RightsRequestStatus.AwaitingEmailConfirmation, FullName = $"Paged Unconfirmed {i}" };
        }
    }
}
