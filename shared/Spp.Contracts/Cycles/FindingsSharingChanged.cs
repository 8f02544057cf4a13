namespace Spp.Contracts.Cycles;

/// <summary>The headteacher changed who beyond the cycle's people may read its findings and evidence.</summary>
public sealed record FindingsSharingChanged(Guid CycleId, Guid TenantId, IReadOnlyList<Guid> PersonIds, bool Partnership, bool TenantAdmins);
