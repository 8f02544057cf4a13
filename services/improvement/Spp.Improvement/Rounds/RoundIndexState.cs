using Spp.Grains;

namespace Spp.Improvement.Rounds;

/// <summary>What a partnership's round index stores. Additive changes only; see <see cref="GrainStateAttribute"/>.</summary>
[GrainState(1)]
public sealed class RoundIndexState
{
    /// <summary>Round ids, kept sorted so that a page continues after the last id it returned.</summary>
    public List<Guid> Ids { get; set; } = [];
}
