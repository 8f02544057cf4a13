namespace Spp.Messaging;

/// <summary>
/// In-process lanes for grain events: events of one grain are applied one after another in this
/// process (waiters are released in arrival order), so they do not race each other into the
/// inbox's out-of-order retries. Correctness never rests on this — the inbox checks the order —
/// it only keeps a busy grain's events from burning their retry budget.
/// </summary>
public sealed class GrainStreamLocks : IDisposable
{
    private readonly SemaphoreSlim[] lanes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>The lane of a grain; grains share lanes, which only costs a little parallelism.</summary>
    public SemaphoreSlim LaneOf(string grainId) =>
        lanes[(int)((uint)StringComparer.Ordinal.GetHashCode(grainId) % (uint)lanes.Length)];

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var lane in lanes)
        {
            lane.Dispose();
        }
    }
}
