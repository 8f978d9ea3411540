using ImiPortal.Domain.Requests;

namespace ImiPortal.Web.Models.StaffRequests;

/// <summary>The back office front page's request counts; each links to the queue filtered the same way.</summary>
public sealed record StaffDashboardViewModel(
    IReadOnlyList<(RightsRequestStatus Status, int Count)> ByStatus,
    int Overdue,
    int DueThisWeek,
    int CompletedThisMonth,
    int CompletedOnTimeThisMonth,
    DateOnly Today);
