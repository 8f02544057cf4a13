using Spp.Grains;

namespace Spp.Improvement.Rounds;

/// <summary>A review round of one partnership (e.g. "2026–27 round 1") with its rota, keyed by its id.</summary>
public interface IRoundGrain : IGrainWithGuidKey
{
    /// <summary>The round; <see cref="GrainNotFoundException"/> when unknown.</summary>
    [ReadOnly]
    Task<RoundView> Get();

    /// <summary>Schedules the round in <see cref="RoundStatus.Planning"/>; scheduling it again with the same values returns it unchanged.</summary>
    Task<RoundView> Schedule(RoundScheduling scheduling);

    /// <summary>
    /// Replaces the rota with the platform's proposal for the partnership's schools now, with up to
    /// <paramref name="extraReviewers"/> reviewers besides each lead (the <see cref="RotaOptions"/> setting when null).
    /// </summary>
    Task<RoundView> ProposeRota(int? extraReviewers, string? ifMatch);

    /// <summary>Replaces the rota with the facilitator's; once started, each changed team is passed to its cycle.</summary>
    Task<RoundView> SetRota(IReadOnlyList<RotaEntry> rota, string? ifMatch);

    /// <summary>Starts the round: opens one review cycle per member school; a retried start converges on the same cycles.</summary>
    Task<RoundView> Start(string? ifMatch);
}

/// <summary>What a new round starts with.</summary>
public sealed record RoundScheduling(Guid TenantId, Guid PartnershipId, string Name, DateOnly WindowStarts, DateOnly WindowEnds);

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
