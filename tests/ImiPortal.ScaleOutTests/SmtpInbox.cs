using System.Collections.Concurrent;
using netDumbster.smtp;

namespace ImiPortal.ScaleOutTests;

/// <summary>
/// A fake SMTP relay whose recipients are recorded as each message arrives.
/// Reading <see cref="SimpleSmtpServer.ReceivedEmail"/> while the relay is still receiving can throw
/// (the store is copied while it grows), so the addresses are taken from its MessageReceived event instead.
/// </summary>
public sealed class SmtpInbox : IDisposable
{
    private readonly SimpleSmtpServer _server;
    private readonly ConcurrentQueue<string> _recipients = new();

    public SmtpInbox(int port)
    {
        _server = SimpleSmtpServer.Start(port);
        _server.MessageReceived += (_, e) =>
        {
            foreach (var address in e.Message.ToAddresses)
            {
                _recipients.Enqueue(address.Address);
            }
        };
    }

    /// <summary>Every recipient delivered so far that is one of <paramref name="addresses"/>, once per delivery.</summary>
    public List<string> DeliveredTo(IEnumerable<string> addresses)
    {
        var wanted = addresses.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return _recipients.Where(wanted.Contains).ToList();
    }

    public void Dispose() => _server.Dispose();
}
