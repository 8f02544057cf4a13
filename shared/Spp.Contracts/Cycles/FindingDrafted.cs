namespace Spp.Contracts.Cycles;

/// <summary>A reviewer drafted, changed or (with <see cref="Removed"/>) withdrew a finding. Kind and evidence count only.</summary>
public sealed record FindingDrafted(Guid CycleId, Guid TenantId, Guid FindingId, string Kind, int EvidenceCount, bool Removed);
