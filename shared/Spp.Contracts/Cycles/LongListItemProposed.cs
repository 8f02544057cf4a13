namespace Spp.Contracts.Cycles;

/// <summary>A member of staff proposed an item for the self-review's long list (no text: it stays in the cycle).</summary>
public sealed record LongListItemProposed(Guid CycleId, Guid TenantId, Guid ItemId, Guid ProposedBy);
