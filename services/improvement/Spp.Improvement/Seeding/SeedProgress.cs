using System.Diagnostics;
using System.Globalization;

namespace Spp.Improvement.Seeding;

/// <summary>
/// Counts what the seed has done, from many tasks at once, and prints it every few seconds with the
/// rate of grain calls, so an operator sees a national-scale run moving.
/// </summary>
public sealed class SeedProgress(TextWriter output)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _calls;
    private long _schools;
    private long _partnerships;
    private long _cycles;

    public long Calls => Interlocked.Read(ref _calls);

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Awaits one grain call and counts it.</summary>
    public async Task<T> Call<T>(Task<T> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var result = await call;
        Interlocked.Increment(ref _calls);
        return result;
    }

    /// <summary>Awaits one grain call without a result and counts it.</summary>
    public async Task Call(Task call)
    {
        ArgumentNullException.ThrowIfNull(call);
        await call;
        Interlocked.Increment(ref _calls);
    }

    public void SchoolDone() => Interlocked.Increment(ref _schools);

    public void PartnershipDone() => Interlocked.Increment(ref _partnerships);

    public void CycleDone() => Interlocked.Increment(ref _cycles);

    /// <summary>Prints progress every <paramref name="every"/> until <paramref name="stop"/> is cancelled, then once more.</summary>
    public async Task ReportAsync(SeedDataset dataset, TimeSpan every, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await WriteAsync(dataset);
            }
        }
        catch (OperationCanceledException)
        {
            // The seed finished: the last line below shows the totals.
        }

        await WriteAsync(dataset);
    }

    private Task WriteAsync(SeedDataset dataset)
    {
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        return output.WriteLineAsync(string.Format(
            CultureInfo.InvariantCulture,
            "seed {0:hh\\:mm\\:ss}: schools {1:N0}/{2:N0} · partnerships {3:N0}/{4:N0} · cycles {5:N0} · {6:N0} grain calls ({7:N0}/s)",
            _clock.Elapsed,
            Interlocked.Read(ref _schools),
            dataset.Schools.Count,
            Interlocked.Read(ref _partnerships),
            dataset.Partnerships.Count,
            Interlocked.Read(ref _cycles),
            Calls,
            Calls / seconds));
    }
}
