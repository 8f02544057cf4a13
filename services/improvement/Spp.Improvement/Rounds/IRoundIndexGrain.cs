using Spp.Grains;
using Spp.Improvement.Partnerships;

namespace Spp.Improvement.Rounds;

/// <summary>The rounds of one partnership, keyed by the partnership id: what lists them.</summary>
public interface IRoundIndexGrain : IGrainWithGuidKey
{
    /// <summary>Records a round of the partnership; idempotent.</summary>
    Task Add(Guid roundId);

    /// <summary>Up to <paramref name="limit"/> round ids after <paramref name="after"/> (or from the first), in a stable order.</summary>
    [ReadOnly]
    Task<IdPage> List(Guid? after, int limit);
}
