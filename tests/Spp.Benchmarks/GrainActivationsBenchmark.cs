using System.Globalization;

namespace Spp.Benchmarks;

/// <summary>
/// What an activation costs below and above <c>Grains:MaxActivations</c>: read-only calls on
/// grains not yet in memory (each activates one; the state read finds nothing stored), first
/// until the directory holds the maximum, then beyond it — where every new activation makes the
/// directory collect (<see cref="Spp.Grains.Hosting.Runtime.GrainDirectory.Collect"/>).
/// A second host without a reachable maximum runs the same calls as the control.
/// </summary>
internal sealed class GrainActivationsBenchmark(string server, int maxActivations, int clients, TextWriter output)
{
    public async Task RunAsync()
    {
        var beyond = Math.Max(maxActivations / 20, clients * 10);
        await output.WriteLineAsync($"grain-activations: Grains:MaxActivations = {maxActivations}, {clients} clients, read-only calls on new grains, {Environment.ProcessorCount} cores");
        await output.WriteLineAsync($"  fill: {maxActivations} activations (up to the maximum); beyond: {beyond} more (each one above the maximum)");
        await output.WriteLineAsync();
        var table = new TextTable("host", "phase", "activations", "calls/s", "p50 ms", "p99 ms");
        await RunHostAsync(table, "capped", maxActivations, beyond, cap: maxActivations);
        await RunHostAsync(table, "control (no cap reached)", maxActivations, beyond, cap: int.MaxValue);
        await output.WriteLineAsync(table.ToString());
    }

    private async Task RunHostAsync(TextTable table, string name, int fill, int beyond, int cap)
    {
        await using var database = await BenchDatabase.CreateAsync(server, "activations");
        await using var host = await BenchHost.StartAsync(database.ConnectionString, dispatcher: false, rabbitMq: null,
            $"Grains:MaxActivations={cap.ToString(CultureInfo.InvariantCulture)}");
        var prefix = "warm";
        Func<int, int, Task<bool>> read = async (_, i) =>
        {
            await host.Grains.GetGrain<IBenchCounterGrain>($"{prefix}-{i}").Read();
            return true;
        };

        Console.Error.WriteLine($"  running: {name}");
        await LoadRunner.RunAsync(clients, clients * 20, read);
        host.Directory.Collect();
        prefix = "fill";
        var filled = await LoadRunner.RunAsync(clients, fill - host.Directory.Count, read);
        table.Add(name, "fill to the maximum", $"{Figures.N0(host.Directory.Count)}", Figures.N0(filled.Throughput), Figures.Ms(filled.P50), Figures.Ms(filled.P99));
        prefix = "beyond";
        var over = await LoadRunner.RunAsync(clients, beyond, read);
        table.Add(name, "beyond the maximum", $"{Figures.N0(host.Directory.Count)}", Figures.N0(over.Throughput), Figures.Ms(over.P50), Figures.Ms(over.P99));
    }
}
