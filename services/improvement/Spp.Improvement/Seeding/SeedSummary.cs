using Spp.Improvement.Cycles;

namespace Spp.Improvement.Seeding;

/// <summary>What a seed run made (or found already made), how many grain calls it took and how long.</summary>
public sealed record SeedSummary(
    int Seed,
    double Scale,
    int Hosts,
    int Tenants,
    int Schools,
    int People,
    int Partnerships,
    int Rounds,
    int Cycles,
    IReadOnlyDictionary<CycleStage, int> CyclesByStage,
    long GrainCalls,
    TimeSpan Elapsed);
