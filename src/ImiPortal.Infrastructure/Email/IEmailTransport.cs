using MimeKit;

namespace ImiPortal.Infrastructure.Email;

/// <summary>Delivers one MIME message: by SMTP in production, to a pickup folder in development.</summary>
public interface IEmailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
