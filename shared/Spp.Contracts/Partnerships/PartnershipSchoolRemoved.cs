namespace Spp.Contracts.Partnerships;

/// <summary>A school left a partnership (its history is kept). <paramref name="IsFormed"/> as in <see cref="PartnershipSchoolAdded"/>.</summary>
public sealed record PartnershipSchoolRemoved(Guid PartnershipId, int Urn, int SchoolCount, bool IsFormed);
