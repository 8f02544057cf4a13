namespace Spp.Gateway.LoadBalancing;

/// <summary>The shared position of a cluster's round-robin.</summary>
internal sealed class RoundRobinCounter
{
    private int _next = -1;

    /// <summary>The next index in <c>[0, count)</c>; safe under concurrency, wrapping on overflow.</summary>
    public int Next(int count) => (int)((uint)Interlocked.Increment(ref _next) % (uint)count);
}
