using Spp.Grains;

namespace Spp.Improvement.Indexes;

/// <summary>What an id index stores: the ids, kept sorted.</summary>
[GrainState(1)]
public sealed class IdIndexState
{
    public List<Guid> Ids { get; set; } = [];
}
