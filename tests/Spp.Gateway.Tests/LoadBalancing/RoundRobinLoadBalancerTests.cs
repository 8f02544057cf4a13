using Spp.Gateway.LoadBalancing;
using Spp.Gateway.Routing;

namespace Spp.Gateway.Tests.LoadBalancing;

public sealed class RoundRobinLoadBalancerTests
{
    [Fact]
    public void Destinations_are_taken_in_turn()
    {
        var cluster = new Cluster("c", [new Destination("a", new Uri("http://a/")), new Destination("b", new Uri("http://b/")), new Destination("c", new Uri("http://c/"))]);

        var picked = Enumerable.Range(0, 6).Select(_ => RoundRobinLoadBalancer.Pick(cluster).Name);

        Assert.Equal(["a", "b", "c", "a", "b", "c"], picked);
    }

    [Fact]
    public void Counter_keeps_in_range_past_overflow()
    {
        var counter = new RoundRobinCounter();
        var results = new HashSet<int>();
        Parallel.For(0, 10_000, _ => { lock (results) { results.Add(counter.Next(3)); } });

        Assert.Equal([0, 1, 2], results.Order());
    }
}
