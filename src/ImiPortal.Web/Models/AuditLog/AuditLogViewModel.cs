namespace ImiPortal.Web.Models.AuditLog;

/// <summary>The audit log page: the search, one page of entries (newest first) and the link to older ones.</summary>
public sealed record AuditLogViewModel(AuditLogFilter Filter, IReadOnlyList<AuditLogRow> Rows, string? OlderCursor, string? NoMatchReason)
{
    public const int PageSize = 50;

    public bool IsFirstPage => string.IsNullOrEmpty(Filter.Before);
}
