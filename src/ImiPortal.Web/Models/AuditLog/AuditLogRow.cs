namespace ImiPortal.Web.Models.AuditLog;

/// <summary>One audit entry as shown: who, what, whose, when and from where. No personal values (the log holds none).</summary>
public sealed record AuditLogRow(long Id, string When, string Who, string What, string Whose, string? Record, string? Details, string FromWhere);
