using ImiPortal.Domain;
using ImiPortal.Domain.Deadlines;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>
/// The staff steps on a rights request, one method each. Every step checks the transition table
/// (<see cref="RequestTransitions"/>) and the concurrency stamp the member of staff saw, records an event with its
/// actor and time, recomputes the deadline from the history, writes an audit entry and queues any email the law
/// requires, all in one unit of work. A step that is not allowed changes nothing and says why.
/// </summary>
public sealed class RequestWorkflow(
    PortalDbContext db,
    RequestDeadlines deadlines,
    StaffDirectory staff,
    IEmailOutbox outbox,
    IAuditLog audit,
    TimeProvider time)
{
    public static RequestState StateOf(RightsRequest request, DeadlineResult deadline, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(deadline);
        return new RequestState(request.Status, request.IdentityVerifiedBy is not null, deadline.IsExtended, deadline.CanExtend(today));
    }

    public Task<WorkflowResult> VerifyIdentityAsync(Guid id, Guid stamp, StaffActor actor, IdentityVerificationMethod method, DateOnly verifiedOn, CancellationToken cancellationToken) =>
        RunAsync(id, stamp, actor, RequestAction.VerifyIdentity, step =>
        {
            if (verifiedOn < step.Request.ReceivedOn || verifiedOn > step.Today)
            {
                return ("VerifiedOn", $"The date must be between {UkTime.Format(step.Request.ReceivedOn)} (when the request was received) and today.");
            }

            step.Request.IdentityVerifiedBy = method;
            step.Request.IdentityVerifiedByUserId = actor.UserId;
            step.Request.IdentityVerifiedAt = step.Now;
            step.AddEvent(RightsRequestEventKind.IdentityVerified, effectiveOn: verifiedOn);
            step.AuditDetails = $"method={method}";
            return null;
        }, cancellationToken);

    public Task<WorkflowResult> RequestIdentityAsync(Guid id, Guid stamp, StaffActor actor, string whatWeNeed, CancellationToken cancellationToken) =>
        RunAsync(id, stamp, actor, RequestAction.RequestIdentity, step =>
        {
            step.AddEvent(RightsRequestEventKind.IdentityRequested, note: whatWeNeed);
            step.Email = (request, _) => RequestWorkflowEmails.IdentityRequested(request, whatWeNeed);
            return null;
        }, cancellationToken);

    public Task<WorkflowResult> ReceiveIdentityAsync(Guid id, Guid stamp, StaffActor actor, DateOnly receivedOn, CancellationToken cancellationToken) =>
        RunAsync(id, stamp, actor, RequestAction.ReceiveIdentity, step =>
        {
            var askedOn = step.LatestDateOf(RightsRequestEventKind.IdentityRequested);
            if (receivedOn < askedOn || receivedOn > step.Today)
            {
                return ("ReceivedOn", $"The date must be between {UkTime.Format(askedOn)} (when ID was asked for) and today.");
            }

            step.AddEvent(RightsRequestEventKind.IdentityReceived, effectiveOn: receivedOn);
            return null;
        }, cancellationToken);

    public Task<WorkflowResult> RequestClarificationAsync(Guid id, Guid stamp, StaffActor actor, string question, CancellationToken cancellationToken) =>
        RunAsync(id, stamp, actor, RequestAction.RequestClarification, step =>
        {
            step.AddEvent(RightsRequestEventKind.ClarificationRequested, note: question);
            step.Email = (request, _) => RequestWorkflowEmails.ClarificationRequested(request, question);
            return null;
        }, cancellationToken);

    public Task<WorkflowResult> ReceiveClarificationAsync(Guid id, Guid stamp, StaffActor actor, DateOnly receivedOn, CancellationToken cancellationToken) =>
        RunAsync(id, stamp, actor, RequestAction.ReceiveClarification, step =>
        {
            var askedOn = step.LatestDateOf(RightsRequestEventKind.ClarificationRequested);
            if (receivedOn < askedOn || receivedOn > step.Today)
            {
                return ("ReceivedOn", $"The date must be between {UkTime.Format(askedOn)} (when the question was sent) and today.");
            }

            step.AddEvent(RightsRequestEventKind.ClarificationReceived, effectiveOn: receivedOn);
            return null;
        }, cancellationToken);

    public async Task<WorkflowResult> AssignAsync(Guid id, Guid stamp, StaffActor actor, Guid? assigneeUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var assignee = assigneeUserId is { } userId
            ? await staff.RequestHandlerAsync(userId, cancellationToken)
            : null;
        if (assigneeUserId is not null && assignee is null)
        {
            return WorkflowResult.NotAllowed("Choose a member of staff who works rights requests.", "AssigneeUserId");
        }

        return await RunAsync(id, stamp, actor, RequestAction.Assign, step =>
        {
            step.Request.AssigneeUserId = assignee?.UserId;
            step.AddEvent(RightsRequestEventKind.Assigned, note: assignee is null ? "Unassigned" : $"Assigned to {assignee.Email}", visibleToRequester: false);
            return null;
        }, cancellationToken);
    }

    public Task<WorkflowResult> AddNoteAsync(Guid id, Guid stamp, StaffActor actor, string note, CancellationToken cancellationToken) =>
        RunAsync(id, stamp, actor, RequestAction.AddNote, step =>
        {
            step.AddEvent(RightsRequestEventKind.NoteAdded, note: note, visibleToRequester: false);
            return null;
        }, cancellationToken);

    public Task<WorkflowResult> ExtendAsync(Guid id, Guid stamp, StaffActor actor, string reason, CancellationToken cancellationToken) =>
        RunAsync(id, stamp, actor, RequestAction.Extend, step =>
        {
            step.AddEvent(RightsRequestEventKind.Extended, note: reason);
            step.Email = (request, after) => RequestWorkflowEmails.Extended(request, reason, after.DueOn);
            return null;
        }, cancellationToken);

    public Task<WorkflowResult> CompleteAsync(Guid id, Guid stamp, StaffActor actor, string outcome, CancellationToken cancellationToken) =>
        RunAsync(id, stamp, actor, RequestAction.Complete, step =>
        {
            step.Request.Outcome = outcome;
            step.Request.ClosedAt = step.Now;
            step.AddEvent(RightsRequestEventKind.Completed);
            step.Email = (request, _) => RequestWorkflowEmails.Completed(request, outcome);
            return null;
        }, cancellationToken);

    public Task<WorkflowResult> RefuseAsync(Guid id, Guid stamp, StaffActor actor, RefusalReason reason, string? exemption, string reasoning, CancellationToken cancellationToken) =>
        RunAsync(id, stamp, actor, RequestAction.Refuse, step =>
        {
            var named = reason == RefusalReason.ExemptionApplies ? exemption?.Trim() : null;
            if (reason == RefusalReason.ExemptionApplies && string.IsNullOrEmpty(named))
            {
                return ("Exemption", "Name the exemption that applies.");
            }

            step.Request.RefusalReason = reason;
            step.Request.RefusalExemption = named;
            step.Request.Outcome = reasoning;
            step.Request.ClosedAt = step.Now;
            step.AddEvent(RightsRequestEventKind.Refused);
            step.AuditDetails = $"reason={reason}";
            step.Email = (request, _) => RequestWorkflowEmails.Refused(request, reason, named, reasoning);
            return null;
        }, cancellationToken);

    private async Task<WorkflowResult> RunAsync(
        Guid id, Guid stamp, StaffActor actor, RequestAction action, Func<WorkflowStep, (string Field, string Message)?> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var request = await db.RightsRequests.Include(r => r.Events).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return WorkflowResult.NotFound;
        }

        if (request.ConcurrencyStamp != stamp)
        {
            return WorkflowResult.Stale;
        }

        var today = UkTime.Today(time);
        var check = RequestTransitions.Check(action, StateOf(request, deadlines.Calculate(request), today), actor.IsPrivacyOfficer);
        if (!check.IsAllowed)
        {
            return WorkflowResult.NotAllowed(check.Reason!);
        }

        var step = new WorkflowStep(request, actor.UserId, today, time.GetUtcNow().UtcDateTime);
        if (apply(step) is { } problem)
        {
            db.ChangeTracker.Clear();
            return WorkflowResult.NotAllowed(problem.Message, problem.Field);
        }

        request.Status = RequestTransitions.NextStatus(action, request.Status);
        DeadlineResult after;
        try
        {
            after = deadlines.Refresh(request);
        }
        catch (ArgumentException)
        {
            // The engine refuses histories that make no sense (a date before an earlier step): change nothing.
            db.ChangeTracker.Clear();
            return WorkflowResult.NotAllowed("That date does not fit the request's history: it is earlier than a step already recorded.");
        }

        request.ConcurrencyStamp = Guid.NewGuid();
        var emailed = step.Email is not null && request.Email is not null;
        if (emailed)
        {
            outbox.Add(step.Email!(request, after));
        }

        audit.Record(AuditAction(action), request.MemberId, nameof(RightsRequest), request.Id.ToString(), step.AuditDetails);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return WorkflowResult.Stale;
        }

        return WorkflowResult.Done(emailed);
    }

    private static string AuditAction(RequestAction action) => action switch
    {
        RequestAction.VerifyIdentity => "request.identity-verified",
        RequestAction.RequestIdentity => "request.identity-requested",
        RequestAction.ReceiveIdentity => "request.identity-received",
        RequestAction.RequestClarification => "request.clarification-requested",
        RequestAction.ReceiveClarification => "request.clarification-received",
        RequestAction.Assign => "request.assigned",
        RequestAction.AddNote => "request.note-added",
        RequestAction.Extend => "request.extended",
        RequestAction.Complete => "request.completed",
        RequestAction.Refuse => "request.refused",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}
