using ImiPortal.Infrastructure.Data;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImiPortal.IntegrationTests.Foundation;

public sealed class StartupWarmUpTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public StartupWarmUpTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task StartUp_LoadsTheKeyRing_BeforeAnyPageIsRequested()
    {
        _ = _factory.Server;

        // No request has been made: only the background pre-load can have created the first key. It runs once the
        // database is ready, so it is waited for (with a generous limit for a busy machine), not timed.
        var keys = 0;
        for (var attempt = 0; attempt < 300 && keys == 0; attempt++)
        {
            keys = await _factory.WithDbAsync(db => db.DataProtectionKeys.CountAsync());
            if (keys == 0)
            {
                await Task.Delay(100);
            }
        }

        Assert.Equal(1, keys);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ModelWarmUp_PreparesTheModel_WithoutOpeningTheDatabase(DatabaseProvider provider)
    {
        // Databases that cannot be opened: a SQLite file in a folder that does not exist, servers that do not exist.
        var missing = Path.Combine(Path.GetTempPath(), "imiportal-tests", Guid.NewGuid().ToString("N"), "portal.db");
        var connectionString = provider switch
        {
            DatabaseProvider.Sqlite => $"Data Source={missing};Mode=ReadWrite",
            DatabaseProvider.Postgres => "Host=unused.invalid;Database=unused;Timeout=1",
            _ => "Server=unused.invalid;Database=unused;Connect Timeout=1",
        };
        var logs = new ListLoggerProvider();
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Debug).AddProvider(logs))
            .AddDbContext<PortalDbContext>(o =>
            {
                DbContextOptionsFactory.Configure(o, provider, connectionString);
                DbContextOptionsFactory.UseCompiledModel(o, provider);
            });
        await using var container = services.BuildServiceProvider();

        await ModelWarmUp.Start(container);

        Assert.Empty(logs.Messages);
        Assert.False(File.Exists(missing));
        await using var scope = container.CreateAsyncScope();
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<PortalDbContext>().Model.FindEntityType(typeof(PortalSecret)));
    }

    private sealed class ListLoggerProvider : ILoggerProvider, ILogger
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            if (logLevel >= LogLevel.Debug && formatter(state, exception).Contains("ahead of start-up", StringComparison.Ordinal))
            {
                lock (Messages)
                {
                    Messages.Add(formatter(state, exception));
                }
            }
        }

        public void Dispose()
        {
        }
    }
}
