using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Spp.Deploy.Tests.Compose;
using Spp.Testing;

namespace Spp.Deploy.Tests.Hosts;

/// <summary>
/// One chart service's host, run from the build output as its image runs it (the compose file names
/// its assembly), on a free loopback port with SQLite files in a temp folder and a fresh internal-token key.
/// </summary>
internal sealed class ServiceHost : IAsyncDisposable
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false, ConnectTimeout = TimeSpan.FromSeconds(2) })
    {
        Timeout = TimeSpan.FromSeconds(10),
    };

    // A backstop for a test run that ends without disposing its fixtures: no host outlives it.
    private static readonly ConcurrentDictionary<ChildProcess, byte> Running = new();

    private readonly ChildProcess _process;
    private readonly string _folder;

    static ServiceHost() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var child in Running.Keys)
        {
            child.Dispose();
        }
    };

    private ServiceHost(ChildProcess process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public string Output => _process.Output;

    public static ServiceHost Start(string service)
    {
        var dll = DeployablesTests.ReplicasOf(service, ComposeFile.LoadServices())[0].BuildArgs["DLL"];
        var assembly = RepositoryPaths.BuiltAssembly(Path.GetFileNameWithoutExtension(dll));
        var folder = Path.Combine(Path.GetTempPath(), $"spp-probe-{service}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var port = FreePort.Next();
        var environment = new Dictionary<string, string?>
        {
            ["ConnectionStrings__Improvement"] = $"Data Source={Path.Combine(folder, "improvement.db")}",
            ["ConnectionStrings__Notifications"] = $"Data Source={Path.Combine(folder, "notifications.db")}",
            ["ConnectionStrings__Reporting"] = $"Data Source={Path.Combine(folder, "reporting.db")}",
            ["InternalToken__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["ConnectionStrings__RabbitMq"] = null,
            ["Messaging__Transport"] = "InMemory",
            ["ASPNETCORE_URLS"] = null,
            ["ASPNETCORE_ENVIRONMENT"] = null,
            ["DOTNET_ENVIRONMENT"] = null,
        };
        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
        var process = ChildProcess.StartDotnet(assembly, environment, ["--urls", address.ToString()]);
        Running[process] = 0;
        return new ServiceHost(process, folder, address);
    }

    /// <summary>
    /// GETs <paramref name="path"/>, waiting while the host is still starting (nothing listens yet),
    /// and returns the first HTTP status it answers with.
    /// </summary>
    public async Task<int> GetStatusAsync(string path, TimeSpan startTimeout)
    {
        var deadline = DateTime.UtcNow + startTimeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{_process.Description} exited with code {_process.ExitCode}. Output:\n{Output}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri(Address, path), TestContext.Current.CancellationToken);
                return (int)response.StatusCode;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _process.StopAsync(TimeSpan.FromSeconds(15));
        }
        catch (TimeoutException)
        {
            // killed below
        }

        Running.TryRemove(_process, out _);
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
