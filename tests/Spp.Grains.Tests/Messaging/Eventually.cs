using System.Diagnostics;

namespace Spp.Grains.Tests.Messaging;

/// <summary>Polls a condition until it holds or a deadline passes (never a fixed sleep as an assertion).</summary>
internal static class Eventually
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Returns the first probed value for which <paramref name="done"/> holds; fails with the last one after <paramref name="timeout"/>.</summary>
    public static async Task<T> UntilAsync<T>(string what, TimeSpan timeout, Func<Task<T>> probe, Func<T, bool> done, Func<T, string>? describe = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (clock.Elapsed > timeout)
            {
                Assert.Fail($"Not within {timeout.TotalSeconds:0} s: {what}. Last seen: {(describe ?? (v => $"{v}"))(value)}");
            }

            await Task.Delay(PollInterval, TestContext.Current.CancellationToken);
        }
    }
}
