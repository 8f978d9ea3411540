namespace ImiPortal.Web.Models.Members;

/// <param name="Rows">Newest first.</param>
/// <param name="ForStaff">The back office's view: names the member of staff and says "member" rather than "you".</param>
public sealed record DetailsHistoryViewModel(IReadOnlyList<DetailsHistoryRow> Rows, bool ForStaff);
