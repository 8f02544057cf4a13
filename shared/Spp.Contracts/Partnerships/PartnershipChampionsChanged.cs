namespace Spp.Contracts.Partnerships;

/// <summary>A partnership's Improvement Champions changed; <paramref name="Champions"/> is the whole new list.</summary>
public sealed record PartnershipChampionsChanged(Guid PartnershipId, IReadOnlyList<PartnershipChampion> Champions);

/// <summary>An Improvement Champion and the member school they come from.</summary>
public sealed record PartnershipChampion(Guid PersonId, int Urn);
