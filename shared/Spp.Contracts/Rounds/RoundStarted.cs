namespace Spp.Contracts.Rounds;

/// <summary>A round started: every member school's review cycle is open.</summary>
public sealed record RoundStarted(Guid RoundId, Guid PartnershipId, IReadOnlyList<RoundCycle> Cycles);

/// <summary>The review cycle of school <paramref name="Urn"/> in a round.</summary>
public sealed record RoundCycle(int Urn, Guid CycleId);
