using ImiPortal.Infrastructure.Accounts;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Serilog.Core;

namespace ImiPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The real portal in memory, on its own SQLite file migrated with the real migrations (or, in a derived
/// factory such as <see cref="PostgresPortalFactory"/>, its own database on a server).
/// Each factory is a fresh database; the clock is a <see cref="FakeTimeProvider"/> the test can move.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string Password = "Integration-Test-Passphrase-1";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "imiportal-tests", Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));

    public CapturingLogSink Logs { get; } = new();

    /// <summary>Requests per minute per client on the rate-limited forms; high unless a test is about the limit.</summary>
    public int RateLimitPermits { get; init; } = 10_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("DataFolder", _folder);
        ConfigureDatabase(builder, _folder);
        builder.UseSetting("Seed:DemoData", "false");
        builder.UseSetting("Email:Transport", "PickupFolder");
        builder.UseSetting("Email:PickupFolder", Path.Combine(_folder, "mail"));
        // No background scheduler: the tests drive the outbox dispatcher and the reminders themselves.
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("RateLimiting:PermitsPerMinute", RateLimitPermits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ILogEventSink>(Logs);
        });
    }

    /// <summary>
    /// Builds and starts the portal, and fails at once when the database could not be migrated and seeded (the portal
    /// itself would keep running unhealthy and retry, which would hide the error from the tests).
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (!host.Services.GetRequiredService<DatabaseReadiness>().IsReady)
        {
            host.Dispose();
            var reason = Logs.Lines.LastOrDefault(l => l.Contains("cannot be used yet", StringComparison.Ordinal)) ?? "no error was logged";
            throw new InvalidOperationException($"The test database could not be initialised: {reason}");
        }

        return host;
    }

    /// <summary>Points the portal at its database: a SQLite file in the factory's folder unless overridden.</summary>
    protected virtual void ConfigureDatabase(IWebHostBuilder builder, string folder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={Path.Combine(folder, "portal.db")}");
        builder.UseSetting("Database:Provider", "Sqlite");
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    /// <summary>Runs code against the database in its own scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Scope();
        return await action(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    /// <summary>After a test changes topics, partners or statements in the database, as a deployment would.</summary>
    public void ForgetMarketingCatalogue()
    {
        using var scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ImiPortal.Infrastructure.Consent.MarketingCatalogue>().Forget();
    }

    public async Task<ApplicationUser> CreateMemberAsync(string email, string firstName = "Test", string lastName = "Member", bool confirmed = true)
    {
        await using var scope = Scope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountService>()
            .CreateMemberAsync(new NewMember(email, Password, null, firstName, lastName), confirmed, CancellationToken.None);
        return result.User ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    public async Task<ApplicationUser> CreateStaffAsync(string email, string role)
    {
        await using var scope = Scope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateStaffAsync(email, Password, role);
        return result.User ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>A client that follows no redirects and keeps cookies, like a browser tab.</summary>
    public PortalClient CreatePortalClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<PortalClient> LoginAsync(string email, string password = Password)
    {
        var client = CreatePortalClient();
        var response = await client.SubmitFormAsync("/Account/Login", new() { ["Email"] = email, ["Password"] = password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login failed: {(int)response.StatusCode}");
        }

        return client;
    }

    public Task<UserManager<ApplicationUser>> UsersAsync() =>
        Task.FromResult(Services.CreateScope().ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>());

    protected override void Dispose(bool disposing)
    {
        try
        {
            base.Dispose(disposing);
        }
        catch (ObjectDisposedException)
        {
            // Teardown only: on a heavily loaded machine the host's shutdown can touch a service provider that the
            // test server has already disposed. Every test of the class has finished and reported by now.
        }

        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow machine: the temp folder is cleaned by the OS.
            }
        }
    }
}
