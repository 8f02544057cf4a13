using Spp.Grains;

namespace Spp.Improvement.Actions;

/// <summary>One reading of a measure.</summary>
public sealed record ImpactReading(Guid Id, decimal Value, DateOnly TakenOn, [property: AuditRedacted] string? Note, Guid RecordedBy, DateTimeOffset RecordedAt);
