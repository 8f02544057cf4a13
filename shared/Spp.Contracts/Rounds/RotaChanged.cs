namespace Spp.Contracts.Rounds;

/// <summary>A round's review rota was proposed or edited; <paramref name="Rota"/> is the whole rota, ids only.</summary>
public sealed record RotaChanged(Guid RoundId, Guid PartnershipId, IReadOnlyList<RotaAssignment> Rota);

/// <summary>Who reviews school <paramref name="Urn"/>: a lead reviewer (if chosen yet) and reviewers.</summary>
public sealed record RotaAssignment(int Urn, Guid? LeadReviewerId, IReadOnlyList<Guid> ReviewerIds);
