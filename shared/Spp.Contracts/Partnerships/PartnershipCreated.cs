namespace Spp.Contracts.Partnerships;

/// <summary>A tenant created a partnership (cluster of schools). <paramref name="Phase"/> is the programme phase: Build, Embed or Sustain.</summary>
public sealed record PartnershipCreated(Guid PartnershipId, string Name, string Phase, DateOnly PhaseStarts, DateOnly? PhaseEnds);
