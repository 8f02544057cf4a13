using Spp.Contracts.Actions;
using Spp.Grains;

namespace Spp.Improvement.Actions;

/// <summary>A qualitative feedback entry on impact.</summary>
public sealed record ImpactFeedback(Guid Id, ImpactLevel Level, [property: AuditRedacted] string Text, Guid RecordedBy, DateTimeOffset RecordedAt);
