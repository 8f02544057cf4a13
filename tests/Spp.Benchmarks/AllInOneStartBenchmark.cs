using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Spp.Benchmarks;

/// <summary>
/// Starts the all-in-one process (a fresh data folder and a free port each run) and measures the
/// time from process start to the first <c>/health/ready</c> = 200, polled every 20 ms, and its
/// resident memory (VmRSS) when ready and after it has idled.
/// </summary>
internal sealed class AllInOneStartBenchmark(string dll, int runs, int idleSeconds, TextWriter output)
{
    private const double StartGoalSeconds = 5;
    private const long MemoryGoalBytes = 250L * 1024 * 1024;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    public async Task<int> RunAsync()
    {
        var path = Path.GetFullPath(dll);
        if (!File.Exists(path))
        {
            throw new CommandLineException($"--dll: {path} does not exist (build the all-in-one host in Release first)");
        }

        await output.WriteLineAsync($"allinone-start: dotnet {Path.GetFileName(path)}, {runs} runs, a fresh data folder and free port each, {Environment.ProcessorCount} cores");
        await output.WriteLineAsync($"  ready = process start → first GET /health/ready = 200 (polled every {Poll.TotalMilliseconds:F0} ms); memory = VmRSS from /proc/<pid>/status");
        await output.WriteLineAsync();
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.Zero }) { Timeout = TimeSpan.FromSeconds(2) };
        var results = new List<StartRun>();
        for (var run = 1; run <= runs; run++)
        {
            Console.Error.WriteLine($"  running: start {run}/{runs}");
            results.Add(await StartOnceAsync(path, http));
        }

        var table = new TextTable("run", "ready s", "RSS at ready", $"RSS after {idleSeconds} s idle", "peak RSS (VmHWM)");
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            table.Add((i + 1).ToString(CultureInfo.InvariantCulture), Figures.F2(r.Ready.TotalSeconds), Figures.Mb(r.RssReady), Figures.Mb(r.RssIdle), Figures.Mb(r.Peak));
        }

        var ready = Median(results.Select(r => r.Ready.TotalSeconds));
        var idle = Median(results.Select(r => (double)r.RssIdle));
        table.Add("median", Figures.F2(ready), Figures.Mb((long)Median(results.Select(r => (double)r.RssReady))), Figures.Mb((long)idle), Figures.Mb((long)Median(results.Select(r => (double)r.Peak))));
        await output.WriteLineAsync(table.ToString());

        var goals = new TextTable("goal", "measured (median)", "goal", "ratio to goal", "met");
        goals.Add("start → ready", $"{Figures.F2(ready)} s", $"≤ {StartGoalSeconds:F0} s", Figures.Ratio(ready / StartGoalSeconds), ready <= StartGoalSeconds ? "yes" : "NO");
        goals.Add($"idle memory (RSS after {idleSeconds} s)", Figures.Mb((long)idle), $"≤ {Figures.Mb(MemoryGoalBytes)}", Figures.Ratio(idle / MemoryGoalBytes), idle <= MemoryGoalBytes ? "yes" : "NO");
        await output.WriteLineAsync(goals.ToString());
        return 0;
    }

    private async Task<StartRun> StartOnceAsync(string path, HttpClient http)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), $"spp-bench-{Guid.NewGuid():N}");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(path)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { path, "--port", port.ToString(CultureInfo.InvariantCulture), "--data-dir", dataDir })
        {
            start.ArgumentList.Add(arg);
        }

        // Settings from this shell must not move the process elsewhere (they override --port).
        foreach (var name in new[] { "ASPNETCORE_URLS", "URLS", "ASPNETCORE_HTTP_PORTS", "DOTNET_URLS" })
        {
            start.Environment.Remove(name);
        }

        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Keep(log, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(log, e.Data);
        var ready = new Uri($"http://127.0.0.1:{port}/health/ready");
        var clock = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (!await IsReadyAsync(http, ready))
            {
                if (process.HasExited || clock.Elapsed > StartLimit)
                {
                    throw new InvalidOperationException(
                        $"the all-in-one host {(process.HasExited ? $"exited with {process.ExitCode}" : $"was not ready within {StartLimit.TotalSeconds:F0} s")}; its last output:\n{string.Join('\n', log)}");
                }

                await Task.Delay(Poll);
            }

            var readyAfter = clock.Elapsed;
            var rssReady = Status(process.Id, "VmRSS");
            await Task.Delay(TimeSpan.FromSeconds(idleSeconds));
            return new StartRun(readyAfter, rssReady, Status(process.Id, "VmRSS"), Status(process.Id, "VmHWM"));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
            try
            {
                Directory.Delete(dataDir, recursive: true);
            }
            catch (DirectoryNotFoundException)
            {
            }
        }
    }

    private static async Task<bool> IsReadyAsync(HttpClient http, Uri uri)
    {
        try
        {
            using var response = await http.GetAsync(uri);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>A value of /proc/&lt;pid&gt;/status in bytes (the file gives kB).</summary>
    private static long Status(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        var kilobytes = long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kilobytes * 1024;
    }

    private static void Keep(System.Collections.Concurrent.ConcurrentQueue<string> log, string? line)
    {
        if (line is null)
        {
            return;
        }

        log.Enqueue(line);
        while (log.Count > 40)
        {
            log.TryDequeue(out _);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private sealed record StartRun(TimeSpan Ready, long RssReady, long RssIdle, long Peak);
}
