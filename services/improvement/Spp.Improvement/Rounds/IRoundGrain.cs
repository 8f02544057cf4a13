using Spp.Grains;

namespace Spp.Improvement.Rounds;

/// <summary>A review round of one partnership (e.g. "2026–27 round 1") with its rota, keyed by its id.</summary>
public interface IRoundGrain : IGrainWithGuidKey
{
    /// <summary>The round; <see cref="GrainNotFoundException"/> when unknown.</summary>
    [ReadOnly]
    Task<RoundView> Get();
}

/// <summary>A round as it is now.</summary>
/// <param name="Cycles">The review cycle of each school, once the round has started.</param>
public sealed record RoundView(
    Guid Id,
    Guid TenantId,
    Guid PartnershipId,
    string Name,
    DateOnly WindowStarts,
    DateOnly WindowEnds,
    RoundStatus Status,
    IReadOnlyList<RotaEntry> Rota,
    IReadOnlyList<RotaWarning> Warnings,
    IReadOnlyDictionary<int, Guid> Cycles,
    string ETag);

/// <summary>Where a round is.</summary>
public enum RoundStatus
{
    /// <summary>Being planned: the rota can be proposed and edited.</summary>
    Planning,

    /// <summary>Started: every member school has its review cycle.</summary>
    Started,
}

/// <summary>Who reviews one school in the round.</summary>
public sealed record RotaEntry(int Urn, ReviewerView? LeadReviewer, IReadOnlyList<ReviewerView> Reviewers);

/// <summary>A reviewer and the partner school they come from.</summary>
public sealed record ReviewerView(Guid PersonId, int Urn);

/// <summary>A soft rule of the rota the current assignment breaks (reciprocal pair, uneven load).</summary>
public sealed record RotaWarning(string Rule, string Message);
