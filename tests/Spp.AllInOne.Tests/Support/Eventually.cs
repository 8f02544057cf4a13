using System.Diagnostics;

namespace Spp.AllInOne.Tests.Support;

/// <summary>Polls until a condition holds, for what the platform does asynchronously (events, caches).</summary>
internal static class Eventually
{
    /// <summary>Polls <paramref name="probe"/> until it returns true; fails with the last observation after <paramref name="within"/>.</summary>
    /// <returns>How long it took.</returns>
    public static async Task<TimeSpan> HoldsAsync(Func<Task<(bool Holds, string Observed)>> probe, TimeSpan within, string what)
    {
        var clock = Stopwatch.StartNew();
        var observed = "nothing yet";
        while (clock.Elapsed < within)
        {
            bool holds;
            (holds, observed) = await probe();
            if (holds)
            {
                return clock.Elapsed;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"{what} did not happen within {within}; last observed: {observed}");
        return clock.Elapsed;
    }
}
