using ImiPortal.Infrastructure.Data;
using ImiPortal.Web.Startup;
using Serilog;

// Start-up and fatal errors only; the portal's own logger is configured in AddPortal.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddPortal();

    var app = builder.Build();
    // The database model is built on another thread while the rest of the host starts (see ModelWarmUp).
    _ = ModelWarmUp.Start(app.Services);
    if (await AdminCommands.TryRunAsync(app, args))
    {
        return Environment.ExitCode;
    }

    app.UsePortal();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The portal stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
