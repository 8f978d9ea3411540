using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Requests;

namespace ImiPortal.Web.Models.StaffRequests;

/// <summary>The request page: who asked, what for, the deadline, the history and the steps allowed now.</summary>
public sealed class RequestDetailsViewModel
{
    public required RightsRequest Request { get; init; }

    public required DeadlinePanel Deadline { get; init; }

    public required IReadOnlyList<HistoryItem> History { get; init; }

    public required IReadOnlyDictionary<RequestAction, TransitionCheck> Steps { get; init; }

    public required IReadOnlyList<StaffMember> Staff { get; init; }

    public required Guid CurrentUserId { get; init; }

    public string? AssigneeEmail { get; init; }

    public string? IdentityVerifiedByEmail { get; init; }

    public DateOnly? IdentityVerifiedOn { get; init; }

    public VerifyIdentityInput VerifyIdentity { get; set; } = new();

    public RequestIdentityInput RequestIdentity { get; set; } = new();

    public ReceivedInput Received { get; set; } = new();

    public RequestClarificationInput RequestClarification { get; set; } = new();

    public AssignInput Assign { get; set; } = new();

    public NoteInput Note { get; set; } = new();

    public ExtendInput Extend { get; set; } = new();

    public CompleteInput Complete { get; set; } = new();

    public RefuseInput Refuse { get; set; } = new();

    public bool Allows(RequestAction action) => Steps.TryGetValue(action, out var check) && check.IsAllowed;

    public string? WhyNot(RequestAction action) => Steps.TryGetValue(action, out var check) ? check.Reason : null;
}
