namespace Spp.Contracts.Partnerships;

/// <summary>A partnership moved forward in the programme (Build → Embed → Sustain); the previous phase ended the day before <paramref name="PhaseStarts"/>.</summary>
public sealed record PartnershipPhaseChanged(Guid PartnershipId, string PreviousPhase, string Phase, DateOnly PhaseStarts, DateOnly? PhaseEnds);
