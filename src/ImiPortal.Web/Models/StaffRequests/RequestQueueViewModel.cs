using ImiPortal.Infrastructure.Requests;

namespace ImiPortal.Web.Models.StaffRequests;

public sealed record RequestQueueViewModel(
    RequestQueueFilter Filter,
    IReadOnlyList<RequestQueueRow> Rows,
    int Total,
    int Page,
    int PageCount,
    IReadOnlyList<StaffMember> Staff,
    DateOnly Today);
