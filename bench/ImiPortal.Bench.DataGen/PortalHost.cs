using ImiPortal.Web.Startup;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImiPortal.Bench.DataGen;

/// <summary>
/// The portal's own service registrations (AddPortal) over a given SQLite file, without the web server or the
/// background jobs: so the generator migrates and seeds exactly as the app does, and the runner times the app's own
/// export and retention services.
/// </summary>
internal static class PortalHost
{
    /// <summary>The category whose per-rule timings the sweep runner reports.</summary>
    public const string RetentionSweepCategory = "ImiPortal.Infrastructure.Retention.RetentionSweep";

    public static WebApplication Build(string databaseFile, Action<IServiceCollection>? services = null)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(databaseFile))!;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DataFolder"] = folder,
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.GetFullPath(databaseFile)}",
            ["Database:Provider"] = "Sqlite",
            ["Database:MigrateOnStartup"] = "true",
            ["Seed:DemoData"] = "false",
            ["Jobs:Enabled"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            [$"Serilog:MinimumLevel:Override:{RetentionSweepCategory}"] = "Information",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter(RetentionSweepCategory, LogLevel.Information);
        builder.AddPortal();
        services?.Invoke(builder.Services);
        return builder.Build();
    }
}
