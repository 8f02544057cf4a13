using Spp.Grains;

namespace Spp.Improvement.Partnerships;

/// <summary>A partnership (cluster) of schools in one tenant, keyed by its id.</summary>
public interface IPartnershipGrain : IGrainWithGuidKey
{
    /// <summary>The partnership; <see cref="GrainNotFoundException"/> when unknown.</summary>
    [ReadOnly]
    Task<PartnershipView> Get();

    /// <summary>Creates the partnership with no schools yet; creating it again with the same values returns it unchanged.</summary>
    Task<PartnershipView> Create(PartnershipCreation creation);

    /// <summary>Changes the display name.</summary>
    Task<PartnershipView> Rename(string name, string? ifMatch);

    /// <summary>Moves the partnership forward to a later programme phase (never back), keeping the phases it went through.</summary>
    Task<PartnershipView> AdvancePhase(ProgrammePhase phase, DateOnly starts, DateOnly? ends, string? ifMatch);

    /// <summary>Appoints the facilitator: a person whose membership of the tenant says they facilitate.</summary>
    Task<PartnershipView> AssignFacilitator(Guid personId, string? ifMatch);

    /// <summary>Adds a school the tenant has enrolled (and that is in no other partnership); adding a member again changes nothing.</summary>
    Task<PartnershipView> AddSchool(int urn, string? ifMatch);

    /// <summary>Takes a school out, with its champions; removing a school that is not a member changes nothing.</summary>
    Task<PartnershipView> RemoveSchool(int urn, string? ifMatch);

    /// <summary>Replaces the Improvement Champions: each is on the staff of the member school named with them.</summary>
    Task<PartnershipView> SetChampions(IReadOnlyList<ChampionView> champions, string? ifMatch);
}

/// <summary>What a new partnership starts with.</summary>
public sealed record PartnershipCreation(Guid TenantId, string Name, ProgrammePhase Phase, DateOnly PhaseStarts, DateOnly? PhaseEnds);

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
    string ETag)
{
    /// <summary>Every phase the partnership has been in, oldest first, the current one last.</summary>
    public IReadOnlyList<PhasePeriod> PhaseHistory { get; init; } = [];

    /// <summary>Schools joining and leaving, oldest first.</summary>
    public IReadOnlyList<SchoolMembershipChange> SchoolHistory { get; init; } = [];
}

/// <summary>An Improvement Champion of the partnership and the school they come from.</summary>
public sealed record ChampionView(Guid PersonId, int Urn);

/// <summary>A programme phase the partnership was (or is) in, from <paramref name="Starts"/> to <paramref name="Ends"/> (planned or actual).</summary>
public sealed record PhasePeriod(ProgrammePhase Phase, DateOnly Starts, DateOnly? Ends);

/// <summary>A school joined (<paramref name="Joined"/> true) or left the partnership at <paramref name="At"/>.</summary>
public sealed record SchoolMembershipChange(int Urn, bool Joined, DateTimeOffset At);
