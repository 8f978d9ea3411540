using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace ImiPortal.ScaleOutTests;

/// <summary>
/// One instance of the real portal: the built ImiPortal.Web, started with <c>dotnet</c> as its own process on a
/// loopback port, configured through environment variables as an operator would. Its console output is kept for
/// the test's diagnostics. Disposing kills it (and is safe when it has already gone).
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private PortalProcess(string name, Process process, int port)
    {
        Name = name;
        _process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public string Name { get; }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public string Output => string.Join(Environment.NewLine, _output);

    public bool HasExited => _process.HasExited;

    public string Tail(int lines) => string.Join(Environment.NewLine, _output.TakeLast(lines));

    /// <summary>Starts an instance; <paramref name="settings"/> are configuration keys ("Email:Smtp:Port").</summary>
    public static PortalProcess Start(string name, IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        var port = FreePort();
        var info = StartInfo(settings, arguments);
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var portal = new PortalProcess(name, process, port);
        process.OutputDataReceived += (_, e) => portal.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => portal.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return portal;
    }

    /// <summary>Runs an operator command (e.g. create-staff) to completion; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(IReadOnlyDictionary<string, string> settings, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var info = StartInfo(settings, arguments);
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("The portal command did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The portal command {string.Join(' ', arguments)} did not finish within four minutes.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>Waits until /health answers 200 (the database is migrated and seeded).</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Instance {Name} exited with code {_process.ExitCode}:{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow to answer while starting.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Instance {Name} was not healthy within {timeout}:{Environment.NewLine}{Output}");
    }

    /// <summary>SIGKILL: the process ends at once, with no shutdown of any kind (a crashed or killed server).</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            KillHard();
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> settings, string[] arguments)
    {
        var web = WebProjectFolder();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = web,
        };
        info.ArgumentList.Add(Path.Combine(web, "bin", Configuration, "net10.0", "ImiPortal.Web.dll"));
        foreach (var argument in arguments)
        {
            // An operator command (create-staff) must come first.
            info.ArgumentList.Add(argument);
        }

        info.ArgumentList.Add("--contentRoot");
        info.ArgumentList.Add(web);

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return info;
    }

    /// <summary>The built portal beside this test project (same configuration), found from the solution folder.</summary>
    private static string WebProjectFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ImiPortal.sln")))
        {
            folder = folder.Parent;
        }

        var web = Path.Combine(folder?.FullName ?? throw new InvalidOperationException("ImiPortal.sln not found above the test folder."), "src", "ImiPortal.Web");
        var dll = Path.Combine(web, "bin", Configuration, "net10.0", "ImiPortal.Web.dll");
        return File.Exists(dll) ? web : throw new InvalidOperationException($"Build the portal first: {dll} is missing.");
    }

    private static string Configuration =>
        typeof(PortalProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
