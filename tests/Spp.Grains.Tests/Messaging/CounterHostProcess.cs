using System.Globalization;
using System.Net.Http.Json;
using Spp.Grains.TestHost;
using Spp.Testing;

namespace Spp.Grains.Tests.Messaging;

/// <summary>
/// The test host program (<c>Spp.Grains.TestHost</c>) running as a process of its own: a separate
/// grain host (own runtime, directory and dispatcher) and/or projection consumer, driven over HTTP.
/// </summary>
internal sealed class CounterHostProcess : IAsyncDisposable
{
    private readonly ChildProcess process;
    private readonly HttpClient http;

    private CounterHostProcess(ChildProcess process, Uri address)
    {
        this.process = process;
        http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(100) };
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public string Output => process.Output;

    /// <summary>Starts the host with <paramref name="roles"/> (<c>grains</c>, <c>projection</c>) and <c>Key=Value</c> settings, and waits until it is live.</summary>
    public static async Task<CounterHostProcess> StartAsync(string roles, params string[] settings)
    {
        var port = FreePort.Next();
        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
        var child = ChildProcess.StartDotnet(
            RepositoryPaths.BuiltAssembly("Spp.Grains.TestHost"),
            arguments: ["--roles", roles, $"--urls={address}", "--Logging:LogLevel:Default=Warning", .. settings.Select(s => "--" + s)]);
        var host = new CounterHostProcess(child, address);
        try
        {
            await child.WaitForHttpOkAsync(new Uri(address, "health/live"), TimeSpan.FromSeconds(90), TestContext.Current.CancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public async Task<CounterView> IncrementAsync(string key, Guid commandId)
    {
        using var response = await http.PostAsJsonAsync($"counters/{key}/increment", new CounterEndpoints.IncrementRequest(commandId));
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"increment {commandId} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<CounterView>())!;
    }

    public Task<long> ConflictsAsync() => http.GetFromJsonAsync<long>("metrics/conflicts");

    public Task<long> WritesAsync() => http.GetFromJsonAsync<long>("metrics/writes");

    /// <summary>SIGKILL: no shutdown, no flushing; waits until the process is gone.</summary>
    public void Kill() => process.Kill();

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        if (!process.HasExited)
        {
            try
            {
                await process.StopAsync(TimeSpan.FromSeconds(20));
            }
            catch (TimeoutException)
            {
                // killed below
            }
        }

        process.Dispose();
    }
}
