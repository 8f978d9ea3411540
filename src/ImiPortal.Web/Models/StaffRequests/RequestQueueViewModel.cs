using ImiPortal.Infrastructure.Requests;

namespace ImiPortal.Web.Models.StaffRequests;

/// <param name="Total">How many requests match; when <paramref name="MoreThanTotal"/>, a number that more than that match.</param>
/// <param name="MoreThanTotal">True when more requests match than the queue counts (its count limit, ADR-018).</param>
/// <param name="PageCount">The number of pages; null when the count was not finished.</param>
/// <param name="First">The position of the first row in the queue (1-based), for "Showing 26 to 50 of ...".</param>
/// <param name="PreviousPage">The query-string values of the previous page's link; null on page 1.</param>
/// <param name="NextPage">The query-string values of the next page's link; null on the last page.</param>
public sealed record RequestQueueViewModel(
    RequestQueueFilter Filter,
    IReadOnlyList<RequestQueueRow> Rows,
    int Total,
    bool MoreThanTotal,
    int Page,
    int? PageCount,
    IReadOnlyList<StaffMember> Staff,
    DateOnly Today,
    int First,
    IDictionary<string, string>? PreviousPage,
    IDictionary<string, string>? NextPage);
