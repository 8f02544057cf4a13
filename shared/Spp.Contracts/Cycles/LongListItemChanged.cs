namespace Spp.Contracts.Cycles;

/// <summary>A senior leader edited or (with <see cref="Removed"/>) removed a long-list item. No text.</summary>
public sealed record LongListItemChanged(Guid CycleId, Guid TenantId, Guid ItemId, bool Removed);
