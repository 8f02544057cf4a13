using Spp.Improvement.Cycles;
using Spp.Improvement.Indexes;
using Spp.Improvement.Partnerships;
using Spp.Improvement.Rounds;

namespace Spp.Improvement.Tests.Seeding.Support;

/// <summary>Reads the seeded cycles back through the grains: tenant → partnerships → rounds → cycles.</summary>
public sealed class SeedDatasetView(SeededHost host)
{
    public async Task<List<CycleSummary>> CyclesAsync()
    {
        var cycles = new List<CycleSummary>();
        foreach (var tenant in host.Dataset.Tenants)
        {
            foreach (var partnershipId in (await host.Grains.GetGrain<IIdIndexGrain>(IdIndexKeys.PartnershipsOf(tenant.Id)).Page(null, 1_000)).Ids)
            {
                foreach (var roundId in (await host.Grains.GetGrain<IIdIndexGrain>(IdIndexKeys.RoundsOf(partnershipId)).Page(null, 10)).Ids)
                {
                    foreach (var cycleId in (await host.Grains.GetGrain<IRoundGrain>(roundId).Get()).Cycles.Values)
                    {
                        cycles.Add(await host.Grains.GetGrain<IReviewCycleGrain>(cycleId).Summary());
                    }
                }
            }
        }

        return cycles;
    }

    public async Task<List<CycleStage>> CycleStagesAsync() => [.. (await CyclesAsync()).Select(c => c.Stage)];

    public async Task<CycleSummary> FirstCycleAtAsync(params CycleStage[] stages) =>
        (await CyclesAsync()).First(c => stages.Contains(c.Stage));
}
