using Spp.Grains;
using Spp.Improvement.Rounds;

namespace Spp.Improvement.Cycles;

/// <summary>
/// One school's review cycle in one round, keyed by its id: the seven stages as a state machine and
/// everything recorded in them. The round opens it; the API moves it.
/// </summary>
public interface IReviewCycleGrain : IGrainWithGuidKey
{
    /// <summary>Opens the cycle in <see cref="CycleStage.SelfReview"/>; opening it again with the same values is a no-op.</summary>
    Task<CycleSummary> Open(CycleOpening opening);

    /// <summary>Replaces the review team after the facilitator edits the rota (rules as at opening).</summary>
    Task<CycleSummary> ChangeTeam(RotaEntry team);

    /// <summary>Stage, dates and people: what anyone in the tenant who may see the cycle at all may see.</summary>
    [ReadOnly]
    Task<CycleSummary> Summary();
}

/// <summary>What a round knows when it opens a school's cycle.</summary>
/// <param name="PartnerUrns">Every member school of the partnership (including this one).</param>
public sealed record CycleOpening(
    Guid TenantId,
    Guid PartnershipId,
    Guid RoundId,
    string RoundName,
    int Urn,
    IReadOnlyList<int> PartnerUrns,
    Guid? FacilitatorId,
    RotaEntry Team,
    DateOnly WindowStarts,
    DateOnly WindowEnds);

/// <summary>A cycle's stage, dates and people (no evidence, findings or notes).</summary>
public sealed record CycleSummary(
    Guid Id,
    Guid TenantId,
    Guid PartnershipId,
    Guid RoundId,
    int Urn,
    CycleStage Stage,
    bool IsPaused,
    IReadOnlyDictionary<string, DateOnly> Deadlines,
    Guid? LeadReviewerId,
    IReadOnlyList<Guid> ReviewerIds,
    Guid? ChampionId,
    Guid? FacilitatorId,
    string ETag);
