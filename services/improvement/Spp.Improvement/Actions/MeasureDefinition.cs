using Spp.Contracts.Actions;

namespace Spp.Improvement.Actions;

/// <summary>A new impact measure, optionally tied to an action, with where it starts and where the school aims to get.</summary>
public sealed record MeasureDefinition(ImpactLevel Level, string Name, Guid? ActionId, MeasurePoint Baseline, MeasurePoint Target);
