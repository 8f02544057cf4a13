namespace Spp.Contracts.Partnerships;

/// <summary>A school joined a partnership. <paramref name="IsFormed"/>: the partnership now has 3–7 schools and may start a round.</summary>
public sealed record PartnershipSchoolAdded(Guid PartnershipId, int Urn, int SchoolCount, bool IsFormed);
