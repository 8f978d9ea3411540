using System.Net;
using System.Net.Sockets;
using ImiPortal.IntegrationTests.Infrastructure;

namespace ImiPortal.IntegrationTests.Security;

/// <summary>
/// The portal on real Kestrel on a loopback port: the in-memory test server does not enforce Kestrel's limits
/// (request body size), so the hostile-body tests talk to the real server over TCP.
/// </summary>
public sealed class KestrelPortalFactory : PortalFactory
{
    public KestrelPortalFactory()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        UseKestrel(port);
        StartServer();
    }

    public Uri BaseAddress { get; }

    /// <summary>A browser-like client (cookies, no redirects followed) talking to Kestrel over TCP.</summary>
    public PortalClient CreateTcpClient() =>
#pragma warning disable CA2000 // The client owns and disposes the handler.
        new(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }, disposeHandler: true)
#pragma warning restore CA2000
        {
            BaseAddress = BaseAddress,
        });
}
