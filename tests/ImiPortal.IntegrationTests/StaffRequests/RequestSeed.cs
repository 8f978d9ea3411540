using ImiPortal.Domain;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ImiPortal.IntegrationTests.StaffRequests;

/// <summary>
/// Puts rights requests straight into the database (the intake forms are not needed for the back office), with
/// their history, and lets the real deadline code set the dates, as intake does.
/// </summary>
internal sealed class RequestSeed
{
    public DateOnly ReceivedOn { get; init; }

    public RightsRequestStatus Status { get; init; } = RightsRequestStatus.Received;

    public RightsRequestType Type { get; init; } = RightsRequestType.Access;

    public RequestChannel Channel { get; init; } = RequestChannel.PublicForm;

    public string FullName { get; init; } = "Alex Requester";

    public string? Email { get; init; } = "alex.requester@example.net";

    public Guid? AssigneeUserId { get; init; }

    public IdentityVerificationMethod? IdentityVerifiedBy { get; init; }

    public DateTime? ClosedAt { get; init; }

    public RefusalReason? RefusalReason { get; init; }

    /// <summary>Later steps: kind and the UK date they took effect.</summary>
    public (RightsRequestEventKind Kind, DateOnly On)[] Steps { get; init; } = [];

    public static async Task<RightsRequest> InsertAsync(PortalFactory factory, RequestSeed seed)
    {
        var created = await InsertManyAsync(factory, [seed]);
        return created[0];
    }

    public static async Task<List<RightsRequest>> InsertManyAsync(PortalFactory factory, IEnumerable<RequestSeed> seeds)
    {
        await using var scope = factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var deadlines = scope.ServiceProvider.GetRequiredService<RequestDeadlines>();
        var created = new List<RightsRequest>();
        foreach (var seed in seeds)
        {
            var request = new RightsRequest
            {
                Id = Guid.NewGuid(),
                Reference = RequestReference.NewReference(),
                Type = seed.Type,
                Status = seed.Status,
                Channel = seed.Channel,
                FullName = seed.FullName,
                Email = seed.Email,
                Details = "All the information you hold about me.",
                ReceivedOn = seed.ReceivedOn,
                AssigneeUserId = seed.AssigneeUserId,
                IdentityVerifiedBy = seed.IdentityVerifiedBy,
                IdentityVerifiedAt = seed.IdentityVerifiedBy is null ? null : MorningUtc(seed.ReceivedOn),
                ClosedAt = seed.ClosedAt,
                RefusalReason = seed.RefusalReason,
                Outcome = seed.ClosedAt is null ? null : "Done.",
                CreatedAt = MorningUtc(seed.ReceivedOn),
            };
            request.Events.Add(Event(request, RightsRequestEventKind.Submitted, seed.ReceivedOn));
            foreach (var (kind, on) in seed.Steps)
            {
                request.Events.Add(Event(request, kind, on));
            }

            deadlines.Refresh(request);
            db.RightsRequests.Add(request);
            created.Add(request);
        }

        await db.SaveChangesAsync();
        return created;
    }

    /// <summary>08:00 UK time on <paramref name="day"/>, in UTC (before the factory clock's 10:00 on the same day).</summary>
    public static DateTime MorningUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(8, 0)), DateTimeKind.Unspecified), UkTime.Zone);

    private static RightsRequestEvent Event(RightsRequest request, RightsRequestEventKind kind, DateOnly on) => new()
    {
        RequestId = request.Id,
        MemberId = request.MemberId,
        Kind = kind,
        OccurredAt = MorningUtc(on),
        VisibleToRequester = kind is not (RightsRequestEventKind.NoteAdded or RightsRequestEventKind.Assigned),
    };
}
