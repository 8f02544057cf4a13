using Spp.Contracts.Actions;

namespace Spp.Improvement.Actions;

/// <summary>A qualitative feedback entry on impact.</summary>
public sealed record ImpactFeedback(Guid Id, ImpactLevel Level, string Text, Guid RecordedBy, DateTimeOffset RecordedAt);
