using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static ImiPortal.ScaleOutTests.ScaleOutKit;

namespace ImiPortal.ScaleOutTests;

/// <summary>An instance dies (SIGKILL) in the middle of sending email: the other one delivers what it had claimed.</summary>
public sealed class InstanceFailureTests(ITestOutputHelper output)
{
    [Fact]
    public async Task KillingAnInstanceMidDispatch_LosesNoEmail()
    {
        var folder = Path.Combine(Path.GetTempPath(), "imiportal-scale", Guid.NewGuid().ToString("N"));
        var connectionString = TestPostgres.CreateDatabase("kill");
        using var stuckRelay = new HangingSmtpServer();
        var smtpPort = PortalProcess.FreePort();
        using var smtp = new SmtpInbox(smtpPort);
        PortalProcess? a = null;
        PortalProcess? b = null;
        try
        {
            // A sends through a relay that stops answering: it claims a batch and hangs in the middle of sending it.
            a = PortalProcess.Start("A", Settings(connectionString, stuckRelay.Port, Path.Combine(folder, "a")));
            await a.WaitUntilHealthyAsync(TimeSpan.FromSeconds(180));
            var addresses = await QueueEmailsAsync(connectionString, "kill", 80);
            Assert.True(await EventuallyAsync(async () => await ClaimedUnsentAsync(connectionString) > 0 && stuckRelay.Connections > 0, TimeSpan.FromSeconds(30)),
                "A never claimed the queued email.");
            var claimedByA = await ClaimedUnsentAsync(connectionString);

            // B joins, then A is killed outright: no shutdown, its claims and its running job left behind.
            b = PortalProcess.Start("B", Settings(connectionString, smtpPort, Path.Combine(folder, "b")));
            await b.WaitUntilHealthyAsync(TimeSpan.FromSeconds(180));
            a.KillHard();
            Assert.True(a.HasExited);

            // B takes over once A's claims expire: every email arrives, each once.
            var all = await EventuallyAsync(() => Task.FromResult(Delivered(smtp, addresses).Count == addresses.Count), TimeSpan.FromSeconds(180));
            Assert.True(all, $"{Delivered(smtp, addresses).Count} of {addresses.Count} emails arrived ({claimedByA} were claimed by A when it died).");
            var received = Delivered(smtp, addresses);
            Assert.All(addresses, address => Assert.Equal(1, received.Count(r => r == address)));
            await using var db = Db(connectionString);
            Assert.Equal(0, await db.OutboxMessages.CountAsync(m => m.SentAt == null));
        }
        finally
        {
            output.WriteLine($"--- A ---{Environment.NewLine}{a?.Tail(60)}{Environment.NewLine}--- B ---{Environment.NewLine}{b?.Tail(60)}");
            if (a is not null)
            {
                await a.DisposeAsync();
            }

            if (b is not null)
            {
                await b.DisposeAsync();
            }

            TestPostgres.DropDatabase(connectionString);
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean.
            }
        }
    }

    private static async Task<int> ClaimedUnsentAsync(string connectionString)
    {
        await using var db = Db(connectionString);
        return await db.OutboxMessages.CountAsync(m => m.SentAt == null && m.ClaimToken != null);
    }

    private static List<string> Delivered(SmtpInbox smtp, List<string> addresses) => smtp.DeliveredTo(addresses);
}
