using System.Globalization;
using Spp.Improvement.Cycles;

namespace Spp.Improvement.Seeding;

/// <summary>One of the three rounds every seeded partnership has, with the stages its cycles are left in.</summary>
/// <param name="Index">0 and 1: last school year's two rounds; 2: this year's round, under way.</param>
public sealed record SeedRound(int Index, string Name, DateOnly WindowStarts, DateOnly WindowEnds)
{
    /// <summary>True for this school year's round: its cycles are spread over every stage, a few paused.</summary>
    public bool IsCurrent => Index == 2;

    /// <summary>The stage a cycle of this round is driven to.</summary>
    public CycleStage TargetStage(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var roll = random.Next(100);
        return Index switch
        {
            0 => roll < 90 ? CycleStage.Closed : CycleStage.Impact,
            1 => roll < 60 ? CycleStage.Closed : roll < 85 ? CycleStage.Impact : CycleStage.ActionPlan,
            _ => roll switch
            {
                < 20 => CycleStage.SelfReview,
                < 40 => CycleStage.ReviewPlanning,
                < 60 => CycleStage.PeerReview,
                < 75 => CycleStage.ImprovementWorkshop,
                < 85 => CycleStage.ActionPlan,
                < 95 => CycleStage.Impact,
                _ => CycleStage.Closed,
            },
        };
    }

    /// <summary>
    /// The three rounds around <paramref name="today"/>: two in the last school year and one in this
    /// one (from 1 September). A re-run in the same school year gives the same rounds.
    /// </summary>
    public static IReadOnlyList<SeedRound> Around(DateOnly today)
    {
        var year = today.Month >= 9 ? today.Year : today.Year - 1;
        return
        [
            new(0, RoundName(year - 1, 1), new DateOnly(year - 1, 9, 1), new DateOnly(year - 1, 12, 19)),
            new(1, RoundName(year - 1, 2), new DateOnly(year, 1, 5), new DateOnly(year, 7, 17)),
            new(2, RoundName(year, 1), new DateOnly(year, 9, 1), new DateOnly(year + 1, 7, 16)),
        ];
    }

    /// <summary>The last day of the school year of the current round: when seeded actions are due (never in the past).</summary>
    public static DateOnly ActionsDue(DateOnly today) => new(today.Month >= 9 ? today.Year + 1 : today.Year, 8, 31);

    private static string RoundName(int startYear, int round) =>
        string.Create(CultureInfo.InvariantCulture, $"{startYear}–{(startYear + 1) % 100:00} round {round}");
}
