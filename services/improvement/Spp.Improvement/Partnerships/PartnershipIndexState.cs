using Spp.Grains;

namespace Spp.Improvement.Partnerships;

/// <summary>What a tenant's partnership index stores. Additive changes only; see <see cref="GrainStateAttribute"/>.</summary>
[GrainState(1)]
public sealed class PartnershipIndexState
{
    /// <summary>Partnership ids, kept sorted so that a page continues after the last id it returned.</summary>
    public List<Guid> Ids { get; set; } = [];
}
