namespace ImiPortal.Infrastructure.Email;

/// <summary>An email to queue.</summary>
public sealed record EmailMessage(string Kind, string To, string Subject, string TextBody, string? HtmlBody = null)
{
    public string? ListUnsubscribeUrl { get; init; }

    /// <summary>Delete the outbox row once sent, so that no copy of the address stays behind.</summary>
    public bool DeleteAfterSending { get; init; }
}
