using Spp.Grains;
using Spp.Improvement.Partnerships;

namespace Spp.Improvement.Rounds;

/// <inheritdoc cref="IRoundIndexGrain"/>
[GrainType("round-index")]
public sealed class RoundIndexGrain : Grain<RoundIndexState>, IRoundIndexGrain
{
    public Task Add(Guid roundId)
    {
        if (!IdPages.Insert(State.Ids, roundId))
        {
            LeaveUnchanged();
        }

        return Task.CompletedTask;
    }

    public Task<IdPage> List(Guid? after, int limit) => Task.FromResult(IdPages.Take(State.Ids, after, limit));
}
