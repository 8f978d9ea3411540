namespace ImiPortal.Infrastructure.Email;

/// <summary>
/// An email waiting to be sent or already sent. Written in the same transaction as the change that
/// caused it, then delivered by the dispatcher; a failed send is retried, never dropped.
/// </summary>
public class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>What the email is (e.g. "account.confirm-email"), for logs and metrics without personal data.</summary>
    public string Kind { get; set; } = "";

    public string To { get; set; } = "";

    public string Subject { get; set; } = "";

    public string TextBody { get; set; } = "";

    public string? HtmlBody { get; set; }

    /// <summary>For marketing email: the one-click unsubscribe URL (RFC 8058 headers are added when sending).</summary>
    public string? ListUnsubscribeUrl { get; set; }

    /// <summary>Delete the row as soon as it is sent (e.g. the notice that confirms an erasure).</summary>
    public bool DeleteAfterSending { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>The type of the last failure (never the message contents).</summary>
    public string? LastError { get; set; }

    /// <summary>Which dispatcher holds the row, and until when; an expired claim may be taken over.</summary>
    public string? ClaimToken { get; set; }

    public DateTime? ClaimedUntil { get; set; }
}
