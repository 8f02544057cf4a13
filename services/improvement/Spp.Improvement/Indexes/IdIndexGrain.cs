using Spp.Grains;

namespace Spp.Improvement.Indexes;

/// <inheritdoc cref="IIdIndexGrain"/>
/// <remarks>A projection kept by the grains that own the listed things; they raise the events.</remarks>
[GrainType("id-index")]
public sealed class IdIndexGrain : Grain<IdIndexState>, IIdIndexGrain
{
    public Task Add(Guid id)
    {
        var at = State.Ids.BinarySearch(id);
        if (at >= 0)
        {
            LeaveUnchanged();
        }
        else
        {
            State.Ids.Insert(~at, id);
        }

        return Task.CompletedTask;
    }

    public Task Remove(Guid id)
    {
        var at = State.Ids.BinarySearch(id);
        if (at < 0)
        {
            LeaveUnchanged();
        }
        else
        {
            State.Ids.RemoveAt(at);
        }

        return Task.CompletedTask;
    }

    public Task<bool> Contains(Guid id) => Task.FromResult(State.Ids.BinarySearch(id) >= 0);

    public Task<IdPage> Page(Guid? after, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var start = 0;
        if (after is { } last)
        {
            var at = State.Ids.BinarySearch(last);
            start = at >= 0 ? at + 1 : ~at;
        }

        var ids = State.Ids.Skip(start).Take(limit).ToList();
        var next = start + ids.Count < State.Ids.Count ? ids[^1] : (Guid?)null;
        return Task.FromResult(new IdPage(ids, next));
    }
}
