using System.Diagnostics;

namespace Spp.Benchmarks;

/// <summary>
/// A closed-loop load: <c>clients</c> concurrent callers share <c>operations</c> calls (each caller
/// starts its next call when the previous one returns), and each call's latency is recorded.
/// </summary>
internal static class LoadRunner
{
    /// <summary>Runs the load; <paramref name="operation"/> gets (client, operation index) and returns false for a counted failure.</summary>
    /// <remarks>With <paramref name="database"/>, the CPU used by the PostgreSQL backends of that database is measured too.</remarks>
    public static async Task<LoadResult> RunAsync(int clients, int operations, Func<int, int, Task<bool>> operation, string? database = null)
    {
        var latencies = new double[operations];
        var bounds = new int[clients + 1];
        for (var c = 0; c < clients; c++)
        {
            bounds[c + 1] = bounds[c] + (operations / clients) + (c < operations % clients ? 1 : 0);
        }

        var failures = 0;
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var callers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            await go.Task;
            for (var i = bounds[c]; i < bounds[c + 1]; i++)
            {
                var started = Stopwatch.GetTimestamp();
                if (!await operation(c, i))
                {
                    Interlocked.Increment(ref failures);
                }

                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })).ToArray();
        var cpu = CpuSnapshot.Take(database);
        var start = Stopwatch.GetTimestamp();
        go.SetResult();
        await Task.WhenAll(callers);
        var elapsed = Stopwatch.GetElapsedTime(start);
        return new LoadResult(operations, failures, elapsed, latencies, CpuSnapshot.Take(database) - cpu);
    }
}

/// <summary>What a load run measured.</summary>
internal sealed class LoadResult
{
    private readonly double[] sorted;

    public LoadResult(int operations, int failures, TimeSpan elapsed, double[] latencies, CpuSnapshot cpu)
    {
        Cpu = cpu;
        Operations = operations;
        Failures = failures;
        Elapsed = elapsed;
        sorted = [.. latencies];
        Array.Sort(sorted);
    }

    public int Operations { get; }

    /// <summary>Calls that failed in a counted, expected way (e.g. a grain write that kept conflicting).</summary>
    public int Failures { get; }

    public TimeSpan Elapsed { get; }

    /// <summary>CPU used during the run by this process and by the database's backends.</summary>
    public CpuSnapshot Cpu { get; }

    /// <summary>This process's CPU time per operation, in microseconds.</summary>
    public double ProcessCpuPerOperation => Cpu.Process.TotalMicroseconds / Operations;

    /// <summary>Share of the machine's CPU capacity used by everything else during the run (noise), in percent.</summary>
    public double OthersPercent => 100 * Math.Max(0, Cpu.Others.TotalSeconds) / (Elapsed.TotalSeconds * Environment.ProcessorCount);

    /// <summary>The database backends' CPU time per operation, in microseconds.</summary>
    public double DatabaseCpuPerOperation => Cpu.Database.TotalMicroseconds / Operations;

    /// <summary>Successful calls per second of wall-clock time.</summary>
    public double Throughput => (Operations - Failures) / Elapsed.TotalSeconds;

    public double P50 => Percentile(0.50);

    public double P99 => Percentile(0.99);

    /// <summary>Nearest-rank percentile of the latencies, in milliseconds.</summary>
    public double Percentile(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
