using ImiPortal.IntegrationTests.Infrastructure;

namespace ImiPortal.ScaleOutTests;

/// <summary>
/// Instances A and B of the real portal on one fresh PostgreSQL database, sending mail to an in-process SMTP server.
/// A migrates the database (B starts once A is healthy: migrations are never applied from two instances at once).
/// Both processes are killed and the database dropped at the end, also when start-up fails.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "imiportal-scale", Guid.NewGuid().ToString("N"));

    public string ConnectionString { get; private set; } = "";

    public SmtpInbox Smtp { get; private set; } = null!;

    public int SmtpPort { get; private set; }

    public PortalProcess A { get; private set; } = null!;

    public PortalProcess B { get; private set; } = null!;

    public DateTime BothStartedAt { get; private set; }

    /// <summary>The end of both instances' logs, for a failing test's output.</summary>
    public string Output => $"--- A ---{Environment.NewLine}{A?.Tail(80)}{Environment.NewLine}--- B ---{Environment.NewLine}{B?.Tail(80)}";

    public async Task InitializeAsync()
    {
        ConnectionString = TestPostgres.CreateDatabase("scale");
        try
        {
            SmtpPort = PortalProcess.FreePort();
            Smtp = new SmtpInbox(SmtpPort);
            var staff = await PortalProcess.RunCommandAsync(
                ScaleOutKit.Settings(ConnectionString, SmtpPort, Path.Combine(_folder, "setup")),
                new Dictionary<string, string> { ["IMIPORTAL_STAFF_PASSWORD"] = ScaleOutKit.StaffPassword },
                "create-staff", "--email", ScaleOutKit.StaffEmail, "--role", "MemberServices");
            if (staff.ExitCode != 0)
            {
                throw new InvalidOperationException($"create-staff failed ({staff.ExitCode}): {staff.Output}");
            }

            A = PortalProcess.Start("A", ScaleOutKit.Settings(ConnectionString, SmtpPort, Path.Combine(_folder, "a")));
            await A.WaitUntilHealthyAsync(TimeSpan.FromSeconds(180));
            B = PortalProcess.Start("B", ScaleOutKit.Settings(ConnectionString, SmtpPort, Path.Combine(_folder, "b")));
            await B.WaitUntilHealthyAsync(TimeSpan.FromSeconds(180));
            BothStartedAt = DateTime.UtcNow;
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (A is not null)
        {
            await A.DisposeAsync();
        }

        if (B is not null)
        {
            await B.DisposeAsync();
        }

        Smtp?.Dispose();
        if (ConnectionString.Length > 0)
        {
            TestPostgres.DropDatabase(ConnectionString);
            ConnectionString = "";
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
