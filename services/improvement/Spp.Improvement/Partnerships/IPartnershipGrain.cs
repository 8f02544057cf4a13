using Spp.Grains;

namespace Spp.Improvement.Partnerships;

/// <summary>A partnership (cluster) of schools in one tenant, keyed by its id.</summary>
public interface IPartnershipGrain : IGrainWithGuidKey
{
    /// <summary>The partnership; <see cref="GrainNotFoundException"/> when unknown.</summary>
    [ReadOnly]
    Task<PartnershipView> Get();
}

/// <summary>A partnership as it is now.</summary>
/// <param name="IsFormed">True when it has 3–7 member schools and so may start a round.</param>
public sealed record PartnershipView(
    Guid Id,
    Guid TenantId,
    string Name,
    ProgrammePhase Phase,
    DateOnly PhaseStarts,
    DateOnly? PhaseEnds,
    Guid? FacilitatorId,
    IReadOnlyList<ChampionView> Champions,
    IReadOnlyList<int> SchoolUrns,
    bool IsFormed,
    string ETag);

/// <summary>An Improvement Champion of the partnership and the school they come from.</summary>
public sealed record ChampionView(Guid PersonId, int Urn);
