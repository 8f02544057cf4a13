using Microsoft.Extensions.Time.Testing;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Cycles.Support;

/// <summary>
/// The improvement domain over SQLite on a fake clock, so that visit days and deadlines can be
/// reached: the clock starts at <see cref="Start"/> (noon in London) and tests move it forward.
/// </summary>
public sealed class CycleGrainHost() : DomainGrainHost("cycle-grains")
{
    /// <summary>Where the clock starts: a Monday in term time, noon in London (GMT).</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>Today in London on the fake clock.</summary>
    public DateOnly Today => Spp.Improvement.Cycles.LondonCalendar.Today(Clock);

    protected override TimeProvider? TimeSource => Clock;
}
