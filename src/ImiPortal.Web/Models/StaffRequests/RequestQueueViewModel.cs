using ImiPortal.Infrastructure.Requests;

namespace ImiPortal.Web.Models.StaffRequests;

/// <param name="First">The position of the first row in the queue (1-based), for "Showing 26 to 50 of ...".</param>
/// <param name="PreviousPage">The query-string values of the previous page's link; null on page 1.</param>
/// <param name="NextPage">The query-string values of the next page's link; null on the last page.</param>
public sealed record RequestQueueViewModel(
    RequestQueueFilter Filter,
    IReadOnlyList<RequestQueueRow> Rows,
    int Total,
    int Page,
    int PageCount,
    IReadOnlyList<StaffMember> Staff,
    DateOnly Today,
    int First,
    IDictionary<string, string>? PreviousPage,
    IDictionary<string, string>? NextPage);
