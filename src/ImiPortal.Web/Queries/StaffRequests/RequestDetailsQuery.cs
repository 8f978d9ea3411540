using ImiPortal.Domain;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.Web.Models.StaffRequests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImiPortal.Web.Queries.StaffRequests;

/// <summary>
/// The request page's model: the request and its history, the deadline engine's reading of it, and which steps the
/// transition table allows this member of staff now. Every view is audit-logged ("request.viewed").
/// </summary>
public sealed class RequestDetailsQuery(
    PortalDbContext db,
    RequestDeadlines deadlines,
    StaffDirectory staff,
    IAuditLog audit,
    IOptions<RequestOptions> options,
    TimeProvider time)
{
    private static readonly string[] StaffRoles = [.. Roles.Staff];

    public async Task<RequestDetailsViewModel?> RunAsync(Guid id, Guid currentUserId, bool isPrivacyOfficer, CancellationToken cancellationToken)
    {
        var request = await db.RightsRequests.AsNoTracking().Include(r => r.Events).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var today = UkTime.Today(time);
        var deadline = deadlines.Calculate(request);
        var people = await PeopleAsync(request, cancellationToken);
        var state = RequestWorkflow.StateOf(request, deadline, today);
        int? left = deadline.DueOn is { } due && request.IsOpen ? deadlines.Calculator.WorkingDaysUntil(today, due) : null;
        var verified = request.Events.Where(e => e.Kind == RightsRequestEventKind.IdentityVerified).OrderBy(e => e.OccurredAt).LastOrDefault();

        audit.Record("request.viewed", request.MemberId, nameof(RightsRequest), request.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);

        return new RequestDetailsViewModel
        {
            Request = request,
            Deadline = new DeadlinePanel(
                request.ReceivedOn, deadline.ClockStartsOn, deadline.DueOn, deadline.OneMonthDueOn, deadline.InternalTargetOn,
                deadline.IsExtended, deadline.PausedDays, deadline.PausedSince, deadline.AwaitingInformationSince,
                request.IsOpen ? RequestText.DaysLeft(left, request.Status) : $"Closed: {RequestText.Status(request.Status).ToLowerInvariant()}",
                left switch { < 0 => Urgency.Overdue, { } l when l <= options.Value.NearlyDueWorkingDays => Urgency.DueSoon, _ => Urgency.None },
                request.IsOpen && deadline.CanExtend(today),
                [.. deadline.IgnoredEvents.Select(RequestText.Ignored)]),
            History = [.. request.Events.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).Select(e => new HistoryItem(
                e.OccurredAt, e.EffectiveOn, RequestText.Event(e.Kind), ActorOf(e, people), e.Note, e.VisibleToRequester))],
            Steps = Enum.GetValues<RequestAction>().ToDictionary(a => a, a => RequestTransitions.Check(a, state, isPrivacyOfficer)),
            Staff = await staff.RequestHandlersAsync(cancellationToken),
            CurrentUserId = currentUserId,
            AssigneeEmail = request.AssigneeUserId is { } assignee ? people.GetValueOrDefault(assignee)?.Email : null,
            IdentityVerifiedByEmail = request.IdentityVerifiedByUserId is { } verifier ? people.GetValueOrDefault(verifier)?.Email : null,
            IdentityVerifiedOn = verified is null ? null : verified.EffectiveOn ?? UkTime.DateOf(verified.OccurredAt),
            VerifyIdentity = new VerifyIdentityInput { VerifiedOn = today },
            Received = new ReceivedInput { ReceivedOn = today },
            Assign = new AssignInput { AssigneeUserId = request.AssigneeUserId },
        };
    }

    private static string ActorOf(RightsRequestEvent step, Dictionary<Guid, Person> people) => step.ActorUserId switch
    {
        { } id when people.GetValueOrDefault(id) is { IsStaff: true, Email: { } email } => email,
        { } => "the requester",
        null when step.Kind is RightsRequestEventKind.Submitted or RightsRequestEventKind.EmailConfirmed or RightsRequestEventKind.Withdrawn => "the requester",
        null => "system",
    };

    /// <summary>Everyone the page names (actors, assignee, verifier) in one query.</summary>
    private async Task<Dictionary<Guid, Person>> PeopleAsync(RightsRequest request, CancellationToken cancellationToken)
    {
        var ids = request.Events.Select(e => e.ActorUserId)
            .Append(request.AssigneeUserId).Append(request.IdentityVerifiedByUserId)
            .OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        return await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new Person(u.Id, u.Email, db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && StaffRoles.Contains(r.Name!)))))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
    }

    private sealed record Person(Guid Id, string? Email, bool IsStaff);
}
