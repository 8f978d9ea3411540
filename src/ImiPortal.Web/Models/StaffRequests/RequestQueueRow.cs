using ImiPortal.Domain.Requests;

namespace ImiPortal.Web.Models.StaffRequests;

/// <summary>One request in the staff queue.</summary>
public sealed record RequestQueueRow(
    Guid Id,
    string Reference,
    RightsRequestType Type,
    string RequesterName,
    RightsRequestStatus Status,
    DateOnly ReceivedOn,
    DateOnly? DueOn,
    DateOnly? ClosedOn,
    string DaysLeft,
    Urgency Urgency,
    string? AssigneeEmail);
