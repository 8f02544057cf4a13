using Spp.Contracts.Actions;

namespace Spp.Improvement.Actions;

/// <summary>Qualitative feedback on impact at one level (what staff, pupils or partners said).</summary>
public sealed record FeedbackInput(ImpactLevel Level, string Text);
