namespace ImiPortal.Web.Models.StaffRequests;

/// <summary>
/// Every step form carries the request's concurrency stamp as the member of staff saw it, so that a post made
/// from a stale page is refused instead of overwriting someone else's step.
/// </summary>
public abstract class RequestStepInput
{
    public Guid ConcurrencyStamp { get; set; }
}
