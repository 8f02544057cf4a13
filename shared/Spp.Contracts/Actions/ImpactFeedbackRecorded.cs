namespace Spp.Contracts.Actions;

/// <summary>Qualitative feedback on impact was recorded (the text stays in the plan).</summary>
public sealed record ImpactFeedbackRecorded(Guid TenantId, Guid CycleId, int Urn, Guid FeedbackId, ImpactLevel Level, Guid RecordedBy, DateTimeOffset RecordedAt);
