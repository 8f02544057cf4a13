using Spp.Grains;

namespace Spp.Grains.TestHost;

/// <summary>A counter: every increment is a command whose effect and event must happen exactly once.</summary>
public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>Adds one, records <paramref name="commandId"/>, raises <see cref="CounterIncremented"/>; returns the new value.</summary>
    Task<CounterView> Increment(Guid commandId, string? ifMatch = null);

    [ReadOnly]
    Task<CounterView> Get();

    /// <summary>Throws after changing state, to show a failed call leaves nothing behind.</summary>
    Task FailAfterChanging();

    /// <summary>Reports how many calls were inside the grain at once, to show turns never overlap.</summary>
    Task<int> Probe(TimeSpan hold);
}
