using System.Diagnostics.Metrics;

namespace Spp.Grains.Hosting.Runtime;

/// <summary>The runtime's counters, as OpenTelemetry metrics (meter <c>Spp.Grains</c>) and as totals for tests and benchmarks.</summary>
public sealed class GrainRuntimeMetrics : IDisposable
{
    /// <summary>The meter and activity source name of the grain runtime.</summary>
    public const string Name = "Spp.Grains";

    private readonly Meter meter = new(Name);
    private readonly Counter<long> calls;
    private readonly Counter<long> conflicts;
    private readonly UpDownCounter<long> active;
    private long conflictTotal;
    private long writeTotal;

    /// <summary>Creates the instruments.</summary>
    public GrainRuntimeMetrics()
    {
        calls = meter.CreateCounter<long>("spp.grain.calls", description: "Grain calls completed");
        conflicts = meter.CreateCounter<long>("spp.grain.write_conflicts", description: "Writes that lost to another instance and were re-run on fresh state");
        active = meter.CreateUpDownCounter<long>("spp.grain.activations", description: "Grains in memory");
    }

    /// <summary>Write conflicts since start.</summary>
    public long Conflicts => Interlocked.Read(ref conflictTotal);

    /// <summary>Successful state writes since start.</summary>
    public long Writes => Interlocked.Read(ref writeTotal);

    internal void Called(string grainType, bool write)
    {
        calls.Add(1, new KeyValuePair<string, object?>("grain.type", grainType), new KeyValuePair<string, object?>("grain.write", write));
        if (write)
        {
            Interlocked.Increment(ref writeTotal);
        }
    }

    internal void Conflicted(string grainType)
    {
        Interlocked.Increment(ref conflictTotal);
        conflicts.Add(1, new KeyValuePair<string, object?>("grain.type", grainType));
    }

    internal void Activated(string grainType) => active.Add(1, new KeyValuePair<string, object?>("grain.type", grainType));

    internal void Deactivated(string grainType) => active.Add(-1, new KeyValuePair<string, object?>("grain.type", grainType));

    /// <inheritdoc />
    public void Dispose() => meter.Dispose();
}
