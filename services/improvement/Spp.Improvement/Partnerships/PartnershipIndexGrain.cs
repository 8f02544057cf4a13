using Spp.Grains;

namespace Spp.Improvement.Partnerships;

/// <inheritdoc cref="IPartnershipIndexGrain"/>
[GrainType("partnership-index")]
public sealed class PartnershipIndexGrain : Grain<PartnershipIndexState>, IPartnershipIndexGrain
{
    public Task Add(Guid partnershipId)
    {
        if (!IdPages.Insert(State.Ids, partnershipId))
        {
            LeaveUnchanged();
        }

        return Task.CompletedTask;
    }

    public Task<IdPage> List(Guid? after, int limit) => Task.FromResult(IdPages.Take(State.Ids, after, limit));
}
