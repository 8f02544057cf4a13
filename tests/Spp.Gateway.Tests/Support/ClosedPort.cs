using System.Net;
using System.Net.Sockets;

namespace Spp.Gateway.Tests.Support;

/// <summary>A loopback address nothing listens on.</summary>
internal static class ClosedPort
{
    public static Uri Address()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
