using System.Net;
using System.Net.Sockets;

namespace Spp.Testing.Tests;

public sealed class FreePortTests
{
    [Fact]
    public void Ports_are_distinct_and_can_be_bound_on_loopback()
    {
        var ports = Enumerable.Range(0, 20).Select(_ => FreePort.Next()).ToList();

        Assert.Equal(ports.Count, ports.Distinct().Count());
        using var listener = new TcpListener(IPAddress.Loopback, ports[0]);
        listener.Start();
    }
}
