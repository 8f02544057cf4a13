using Spp.Contracts.Actions;

namespace Spp.Improvement.Actions;

/// <summary>
/// A measure as the API shows it. <see cref="ReadingMissingThisTerm"/>: the programme asks for at least
/// one reading per measure per school term, and none is recorded for the current one yet.
/// </summary>
public sealed record MeasureView(
    Guid Id,
    ImpactLevel Level,
    string Name,
    Guid? ActionId,
    MeasurePoint Baseline,
    MeasurePoint Target,
    IReadOnlyList<ImpactReading> Readings,
    bool ReadingMissingThisTerm)
{
    internal static MeasureView Of(ImpactMeasure m, SchoolTerm term) =>
        new(m.Id, m.Level, m.Name, m.ActionId, m.Baseline, m.Target, m.Readings, !m.Readings.Any(r => term.Contains(r.TakenOn)));
}
