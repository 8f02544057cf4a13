namespace Spp.Contracts.Cycles;

/// <summary>The facilitator assigned the cycle's Improvement Champion (from a partner school, not on the review team).</summary>
public sealed record ChampionAssigned(Guid CycleId, Guid TenantId, Guid ChampionId, int ChampionUrn);
