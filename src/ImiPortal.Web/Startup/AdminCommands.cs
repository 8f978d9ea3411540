using ImiPortal.Infrastructure.Accounts;
using ImiPortal.Infrastructure.Data;

namespace ImiPortal.Web.Startup;

/// <summary>
/// Operator commands run instead of the web server, e.g.
/// <c>dotnet run --project src/ImiPortal.Web -- create-staff --email dpo@theimi.org.uk --role PrivacyOfficer</c>.
/// The password is read from the IMIPORTAL_STAFF_PASSWORD environment variable or standard input, never the command line.
/// </summary>
public static class AdminCommands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] != "create-staff")
        {
            return false;
        }

        var email = ValueOf(args, "--email");
        var role = ValueOf(args, "--role");
        if (email is null || role is null)
        {
            await Console.Error.WriteLineAsync("Usage: create-staff --email <address> --role <MemberServices|PrivacyOfficer|Administrator>");
            Environment.ExitCode = 2;
            return true;
        }

        var password = Environment.GetEnvironmentVariable("IMIPORTAL_STAFF_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            await Console.Out.WriteAsync("Password for the new account: ");
            password = Console.ReadLine() ?? "";
        }

        // Make sure the database and the roles exist first.
        foreach (var hosted in app.Services.GetServices<IHostedService>().OfType<DatabaseInitializer>())
        {
            await hosted.InitializeOnceAsync(CancellationToken.None);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateStaffAsync(email, password, role);
        if (result.Succeeded)
        {
            await Console.Out.WriteLineAsync($"Created a {role} account.");
        }
        else
        {
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync(error.Description);
            }

            Environment.ExitCode = 1;
        }

        return true;
    }

    private static string? ValueOf(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
