namespace Spp.Improvement.Partnerships;

/// <summary>Body of a partnership create; the phase defaults to <see cref="ProgrammePhase.Build"/>.</summary>
public sealed record CreatePartnershipRequest(string? Name, ProgrammePhase? Phase, DateOnly? PhaseStarts, DateOnly? PhaseEnds);

/// <summary>Body of a rename.</summary>
public sealed record RenamePartnershipRequest(string? Name);

/// <summary>Body of a move to the next programme phase.</summary>
public sealed record AdvancePhaseRequest(ProgrammePhase? Phase, DateOnly? Starts, DateOnly? Ends);

/// <summary>Body of a facilitator appointment.</summary>
public sealed record AssignFacilitatorRequest(Guid? PersonId);

/// <summary>Body of adding a school.</summary>
public sealed record AddSchoolRequest(int? Urn);

/// <summary>Body of setting the Improvement Champions: the whole list.</summary>
public sealed record SetChampionsRequest(IReadOnlyList<ChampionRequest?>? Champions);

/// <summary>An Improvement Champion and their member school.</summary>
public sealed record ChampionRequest(Guid? PersonId, int? Urn);

/// <summary>A page of partnerships; <paramref name="NextCursor"/> fetches the next page, null on the last.</summary>
public sealed record PartnershipPage(IReadOnlyList<PartnershipView> Items, string? NextCursor);
