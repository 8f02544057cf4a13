namespace Spp.Contracts.Partnerships;

/// <summary>A partnership's display name changed.</summary>
public sealed record PartnershipRenamed(Guid PartnershipId, string Name);
