namespace ImiPortal.Infrastructure.Email;

/// <summary>The one way the portal sends email: queue it with the change that causes it.</summary>
public interface IEmailOutbox
{
    /// <summary>Adds the message to the current unit of work; it is stored when the caller saves.</summary>
    void Add(EmailMessage message);
}
