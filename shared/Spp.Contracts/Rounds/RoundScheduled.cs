namespace Spp.Contracts.Rounds;

/// <summary>A partnership scheduled a review round with its window.</summary>
public sealed record RoundScheduled(Guid RoundId, Guid PartnershipId, string Name, DateOnly WindowStarts, DateOnly WindowEnds);
