namespace Spp.Grains.TestHost;

[GrainType("test-counter")]
public sealed class CounterGrain : Grain<CounterState>, ICounterGrain
{
    private int inside;

    protected override Guid? EventTenantId => Guid.Parse("00000000-0000-0000-0000-00000000c0de");

    public Task<CounterView> Increment(Guid commandId, string? ifMatch = null)
    {
        EnsureETag(ifMatch);
        State.Value++;
        State.Commands.Add(commandId);
        Raise(new CounterIncremented(GrainKey, commandId, State.Value));
        return Task.FromResult(View());
    }

    public Task<CounterView> Get() => Task.FromResult(View());

    public Task FailAfterChanging()
    {
        State.Value += 1000;
        Raise(new CounterIncremented(GrainKey, Guid.NewGuid(), State.Value));
        throw new InvalidOperationException("failed on purpose");
    }

    public async Task<int> Probe(TimeSpan hold)
    {
        var now = Interlocked.Increment(ref inside);
        await Task.Delay(hold);
        Interlocked.Decrement(ref inside);
        return now;
    }

    private CounterView View() => new(State.Value, State.Commands.Count, State.Label, ETag);
}
