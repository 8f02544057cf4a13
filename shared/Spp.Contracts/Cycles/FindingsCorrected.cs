namespace Spp.Contracts.Cycles;

/// <summary>The lead reviewer corrected shared findings before the workshop was held. Counts only.</summary>
public sealed record FindingsCorrected(Guid CycleId, Guid TenantId, Guid CorrectedBy, int Strengths, int AreasToExplore);
