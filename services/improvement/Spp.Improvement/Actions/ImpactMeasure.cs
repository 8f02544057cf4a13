using Spp.Contracts.Actions;

namespace Spp.Improvement.Actions;

/// <summary>An impact measure as stored, with its readings in the order they were recorded.</summary>
public sealed record ImpactMeasure(
    Guid Id,
    ImpactLevel Level,
    string Name,
    Guid? ActionId,
    MeasurePoint Baseline,
    MeasurePoint Target,
    IReadOnlyList<ImpactReading> Readings,
    Guid DefinedBy,
    DateTimeOffset DefinedAt);
