namespace Spp.Contracts.Actions;

/// <summary>A reading of an impact measure was recorded (the note stays in the plan).</summary>
public sealed record ImpactReadingRecorded(Guid TenantId, Guid CycleId, int Urn, Guid MeasureId, Guid ReadingId, ImpactLevel Level, decimal Value, DateOnly TakenOn, Guid RecordedBy);
