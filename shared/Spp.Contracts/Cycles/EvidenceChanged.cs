namespace Spp.Contracts.Cycles;

/// <summary>The recorder changed or (with <see cref="Removed"/>) withdrew an evidence record. No content.</summary>
public sealed record EvidenceChanged(Guid CycleId, Guid TenantId, Guid EvidenceId, string Kind, bool Removed);
