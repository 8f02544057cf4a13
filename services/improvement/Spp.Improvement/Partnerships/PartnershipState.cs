using Spp.Grains;

namespace Spp.Improvement.Partnerships;

/// <summary>What a partnership grain stores. Additive changes only; see <see cref="GrainStateAttribute"/>.</summary>
[GrainState(1)]
public sealed class PartnershipState
{
    public Guid TenantId { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>Every phase, oldest first; the last one is the current phase.</summary>
    public List<PhasePeriod> Phases { get; set; } = [];

    public Guid? FacilitatorId { get; set; }

    public List<int> SchoolUrns { get; set; } = [];

    public List<ChampionView> Champions { get; set; } = [];

    public List<SchoolMembershipChange> SchoolHistory { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}
