using Spp.Grains;
using Spp.Grains.TestHost;

namespace Spp.Benchmarks;

/// <summary>
/// A counter whose state stays the same size however often it is called, so that a run measures
/// the write path rather than a growing state (<see cref="CounterGrain"/> keeps every command id).
/// </summary>
public interface IBenchCounterGrain : IGrainWithStringKey
{
    /// <summary>Adds one and raises <see cref="CounterIncremented"/>, as <see cref="ICounterGrain.Increment"/> does.</summary>
    Task<long> Increment(Guid commandId);

    /// <summary>Reads the value (a read-only turn: a refresh, no write).</summary>
    [ReadOnly]
    Task<long> Read();
}

/// <summary>The state of <see cref="BenchCounterGrain"/>: a value and the last command.</summary>
[GrainState(1)]
public sealed class BenchCounterState
{
    public long Value { get; set; }

    public Guid LastCommand { get; set; }
}

/// <inheritdoc cref="IBenchCounterGrain" />
[GrainType("bench-counter")]
public sealed class BenchCounterGrain : Grain<BenchCounterState>, IBenchCounterGrain
{
    private static readonly Guid Tenant = Guid.Parse("00000000-0000-0000-0000-00000000be4c");

    protected override Guid? EventTenantId => Tenant;

    public Task<long> Increment(Guid commandId)
    {
        State.Value++;
        State.LastCommand = commandId;
        Raise(new CounterIncremented(GrainKey, commandId, State.Value));
        return Task.FromResult(State.Value);
    }

    public Task<long> Read() => Task.FromResult(State.Value);
}
