namespace ImiPortal.Web.Models.AuditLog;

/// <summary>The audit log search, from the query string: every field optional.</summary>
public sealed class AuditLogFilter
{
    public const int MaxActionLength = 100;

    /// <summary>A membership number (IMI12345678) or a member id.</summary>
    public string? Member { get; set; }

    /// <summary>An action name or its start ("member." finds every member action).</summary>
    public string? Action { get; set; }

    /// <summary>The email address of the staff account that acted.</summary>
    public string? Actor { get; set; }

    /// <summary>UK date, inclusive.</summary>
    public string? From { get; set; }

    /// <summary>UK date, inclusive.</summary>
    public string? To { get; set; }

    /// <summary>The position after the last entry of the previous page (see <see cref="AuditLogCursor"/>).</summary>
    public string? Before { get; set; }

    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Member) && string.IsNullOrWhiteSpace(Action) && string.IsNullOrWhiteSpace(Actor)
        && string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To);
}
