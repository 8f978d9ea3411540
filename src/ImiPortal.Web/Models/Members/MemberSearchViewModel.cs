namespace ImiPortal.Web.Models.Members;

public sealed record MemberSearchViewModel(string? Query, IReadOnlyList<MemberSearchRow> Rows, int Page, int PageCount, int Total)
{
    public const int PageSize = 25;
}
