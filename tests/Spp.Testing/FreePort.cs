using System.Net;
using System.Net.Sockets;

namespace Spp.Testing;

/// <summary>Picks free TCP ports on loopback for servers and child processes started by tests.</summary>
public static class FreePort
{
    // Ports of the shared test servers, default server ports and the range rabbitmqctl uses for
    // its own Erlang distribution: never hand these out even when they are free right now.
    private static readonly HashSet<int> Reserved = [4369, 5432, 5672, 15672, 25672, 55432, 55672, 55673,
        .. Enumerable.Range(35672, 11)];

    private static readonly HashSet<int> HandedOut = [];
    private static readonly Lock Gate = new();

    /// <summary>Returns a port that is free on 127.0.0.1 now and was not returned before by this process.</summary>
    public static int Next()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            lock (Gate)
            {
                if (!Reserved.Contains(port) && HandedOut.Add(port))
                {
                    return port;
                }
            }
        }

        throw new InvalidOperationException("No free TCP port found on 127.0.0.1.");
    }
}
