using Spp.Contracts.Actions;
using Spp.Improvement.Policies;

namespace Spp.Improvement.Actions;

/// <summary>
/// A measure as the API shows it. <see cref="ReadingMissingThisTerm"/>: the programme asks for at least
/// one reading per measure per school term (the tenant's term calendar), and none is recorded for the current one yet.
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
    internal static MeasureView Of(ImpactMeasure m, SchoolTerm? term) =>
        new(m.Id, m.Level, m.Name, m.ActionId, m.Baseline, m.Target, m.Readings,
            term is not null && !m.Readings.Any(r => r.TakenOn >= term.Starts && r.TakenOn <= term.Ends));
}
