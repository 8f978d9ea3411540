namespace ImiPortal.Infrastructure.Requests;

public enum WorkflowOutcome
{
    Done = 1,
    NotFound = 2,

    /// <summary>The request changed since the member of staff opened it (optimistic concurrency).</summary>
    Stale = 3,

    /// <summary>The step is not allowed now; <see cref="WorkflowResult.Reason"/> says why.</summary>
    NotAllowed = 4,
}

/// <summary>What came of a workflow step.</summary>
/// <param name="Outcome">Whether it was done, and if not, why not in general.</param>
/// <param name="Reason">Why the step was not allowed, in words for staff.</param>
/// <param name="Field">The input field the reason is about, if any.</param>
/// <param name="RequesterEmailed">Whether an email to the requester was queued (false when they gave no address).</param>
public sealed record WorkflowResult(WorkflowOutcome Outcome, string? Reason = null, string? Field = null, bool RequesterEmailed = false)
{
    public const string StaleMessage = "This request changed since you opened it. Check the latest details below and try again.";

    public static readonly WorkflowResult NotFound = new(WorkflowOutcome.NotFound);

    public static readonly WorkflowResult Stale = new(WorkflowOutcome.Stale, StaleMessage);

    public bool Succeeded => Outcome == WorkflowOutcome.Done;

    public static WorkflowResult Done(bool requesterEmailed) => new(WorkflowOutcome.Done, RequesterEmailed: requesterEmailed);

    public static WorkflowResult NotAllowed(string reason, string? field = null) => new(WorkflowOutcome.NotAllowed, reason, field);
}
