using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Email;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using netDumbster.smtp;

namespace ImiPortal.IntegrationTests.Foundation;

public class OutboxTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public OutboxTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task FailedSend_IsKeptAndRetriedLater_ThenSent()
    {
        var id = await QueueAsync("retry@example.net");
        var transport = new FlakyTransport { FailuresLeft = 1 };

        Assert.Equal(0, await DispatchAsync(transport));
        var failed = await FindAsync(id);
        Assert.Null(failed.SentAt);
        Assert.Equal(1, failed.Attempts);
        Assert.Equal(nameof(IOException), failed.LastError);
        Assert.Null(failed.ClaimToken);

        // Not before its back-off has passed...
        Assert.Equal(0, await DispatchAsync(transport));
        _factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await DispatchAsync(transport) >= 1);

        var sent = await FindAsync(id);
        Assert.NotNull(sent.SentAt);
        Assert.Contains(transport.Sent, m => m.To.Mailboxes.Single().Address == "retry@example.net");
    }

    [Fact]
    public async Task Dispatch_SendsByRealSmtp_WithUnsubscribeHeadersForMarketing()
    {
        var port = FreePort();
        using var smtp = SimpleSmtpServer.Start(port);
        var options = Options.Create(new EmailOptions { Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, Security = "None" } });
        await QueueAsync("smtp@example.net", "https://myimi.example/Unsubscribe/abc");

        var sent = await DispatchAsync(new SmtpEmailTransport(options));

        Assert.True(sent >= 1);
        var received = smtp.ReceivedEmail.Single(e => e.ToAddresses.Any(a => a.Address == "smtp@example.net"));
        Assert.Equal("<https://myimi.example/Unsubscribe/abc>", received.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", received.Headers["List-Unsubscribe-Post"]);
    }

    [Fact]
    public async Task AMessageClaimedByAnotherDispatcher_IsNotSentTwice()
    {
        var id = await QueueAsync("claimed@example.net");
        await _factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.ClaimToken, "other-instance")
            .SetProperty(m => m.ClaimedUntil, _factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(1))));
        var transport = new FlakyTransport();

        await DispatchAsync(transport);
        Assert.DoesNotContain(transport.Sent, m => m.To.Mailboxes.Single().Address == "claimed@example.net");

        // The other instance died: once its claim expires, the message is taken over.
        _factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await DispatchAsync(transport);
        Assert.Single(transport.Sent, m => m.To.Mailboxes.Single().Address == "claimed@example.net");
    }

    private async Task<long> QueueAsync(string to, string? unsubscribe = null)
    {
        await using var scope = _factory.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        scope.ServiceProvider.GetRequiredService<IEmailOutbox>().Add(new EmailMessage("test.message", to, "Hello", "Body") { ListUnsubscribeUrl = unsubscribe });
        await db.SaveChangesAsync();
        return await db.OutboxMessages.Where(m => m.To == to).MaxAsync(m => m.Id);
    }

    private async Task<int> DispatchAsync(IEmailTransport transport)
    {
        await using var scope = _factory.Scope();
        var dispatcher = new OutboxDispatcher(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), transport,
            Options.Create(new EmailOptions()), _factory.Clock, NullLogger<OutboxDispatcher>.Instance);
        return await dispatcher.DispatchBatchAsync(CancellationToken.None);
    }

    private Task<OutboxMessage> FindAsync(long id) =>
        _factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class FlakyTransport : IEmailTransport
    {
        public int FailuresLeft { get; set; }

        public List<MimeMessage> Sent { get; } = [];

        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            if (FailuresLeft > 0)
            {
                FailuresLeft--;
                throw new IOException("The mail server went away.");
            }

            Sent.Add(message);
            return Task.CompletedTask;
        }
    }
}
