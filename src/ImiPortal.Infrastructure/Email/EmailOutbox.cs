using ImiPortal.Infrastructure.Data;

namespace ImiPortal.Infrastructure.Email;

public sealed class EmailOutbox(PortalDbContext db, TimeProvider time) : IEmailOutbox
{
    public void Add(EmailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = time.GetUtcNow().UtcDateTime;
        db.OutboxMessages.Add(new OutboxMessage
        {
            Kind = message.Kind,
            To = message.To,
            Subject = message.Subject,
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
            ListUnsubscribeUrl = message.ListUnsubscribeUrl,
            DeleteAfterSending = message.DeleteAfterSending,
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }
}
