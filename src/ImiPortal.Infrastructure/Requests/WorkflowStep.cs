using ImiPortal.Domain;
using ImiPortal.Domain.Deadlines;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Email;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>One step in progress inside <see cref="RequestWorkflow"/>: the request, who and when, and what to send.</summary>
internal sealed class WorkflowStep(RightsRequest request, Guid actorUserId, DateOnly today, DateTime now)
{
    public RightsRequest Request { get; } = request;

    public DateOnly Today { get; } = today;

    public DateTime Now { get; } = now;

    /// <summary>The email to the requester, built once the new deadline is known.</summary>
    public Func<RightsRequest, DeadlineResult, EmailMessage>? Email { get; set; }

    /// <summary>Field names and codes for the audit entry; never personal values.</summary>
    public string? AuditDetails { get; set; }

    public void AddEvent(RightsRequestEventKind kind, DateOnly? effectiveOn = null, string? note = null, bool visibleToRequester = true) =>
        Request.Events.Add(new RightsRequestEvent
        {
            RequestId = Request.Id,
            MemberId = Request.MemberId,
            Kind = kind,
            OccurredAt = Now,
            ActorUserId = actorUserId,
            EffectiveOn = effectiveOn == UkTime.DateOf(Now) ? null : effectiveOn,
            Note = note,
            VisibleToRequester = visibleToRequester,
        });

    /// <summary>The UK date of the latest step of <paramref name="kind"/> (the engine's reading of it).</summary>
    public DateOnly LatestDateOf(RightsRequestEventKind kind) =>
        Request.Events.Where(e => e.Kind == kind).Select(e => e.EffectiveOn ?? UkTime.DateOf(e.OccurredAt)).DefaultIfEmpty(Request.ReceivedOn).Max();
}
