using System.Net;
using System.Net.Sockets;
using ImiPortal.IntegrationTests.Infrastructure;

namespace ImiPortal.BrowserTests;

/// <summary>The real portal on a loopback port (Kestrel), on a fresh SQLite database, for a real browser.</summary>
public sealed class BrowserPortalFactory : PortalFactory
{
    public BrowserPortalFactory()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        UseKestrel(port);
        StartServer();
    }

    public string BaseUrl { get; }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
