using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Spp.Gateway.Tests.Support;
using Spp.Testing;

namespace Spp.AllInOne.Tests.Support;

/// <summary>
/// The all-in-one host as a child process in the Development environment,
/// <c>dotnet Spp.AllInOne.dll --port {free} --data-dir {folder} --dev-sign-in --national-team {address}</c>:
/// people sign in at its development issuer (<see cref="SignInAsync"/>), and it also trusts a test
/// issuer of bearer tokens (<see cref="Issuer"/>) to show what it refuses. Every request goes through its gateway.
/// </summary>
internal sealed class AllInOneProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    // A backstop for a test run that ends without disposing its fixtures: no host outlives it.
    private static readonly ConcurrentDictionary<ChildProcess, byte> Running = new();

    private readonly ChildProcess _child;

    static AllInOneProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var child in Running.Keys)
        {
            child.Dispose();
        }
    };

    private AllInOneProcess(ChildProcess child, int port)
    {
        _child = child;
        Port = port;
        Client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, UseProxy = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>The external issuer the platform is configured to trust (shared key, HS256).</summary>
    public static ExternalTokens Issuer { get; } = new("https://id.test", "spp-platform", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    /// <summary>The address granted the national team with <c>--national-team</c>.</summary>
    public const string NationalTeamEmail = "national.team@spp.test";

    /// <summary>A bearer token of the national-team member, signed in at the development issuer.</summary>
    public string NationalTeam { get; private set; } = string.Empty;

    public int Port { get; }

    public HttpClient Client { get; }

    /// <summary>What the process has written so far (stderr lines prefixed "err: ").</summary>
    public string Output => _child.Output;

    /// <summary>Starts the host and waits until <c>/health/ready</c> answers 200.</summary>
    /// <param name="dataDirectory">Its <c>--data-dir</c>.</param>
    /// <param name="demo">Whether to pass <c>--demo</c>.</param>
    /// <param name="settings">Extra environment variables.</param>
    /// <param name="port">Its <c>--port</c>; default a free one.</param>
    public static async Task<AllInOneProcess> StartAsync(string dataDirectory, bool demo = false, IReadOnlyDictionary<string, string?>? settings = null, int? port = null)
    {
        var listenPort = port ?? FreePort.Next();
        var environment = new Dictionary<string, string?>
        {
            ["Gateway__Authentication__Issuers__test__Issuer"] = Issuer.Issuer,
            ["Gateway__Authentication__Issuers__test__Audience"] = Issuer.Audience,
            ["Gateway__Authentication__Issuers__test__SigningKey"] = Issuer.Key,
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",

            // Nothing of the test process's own environment may change what the host is given.
            ["ASPNETCORE_URLS"] = null,

            // The development issuer is refused in Production, the default environment.
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = null,
            ["ConnectionStrings__Improvement"] = null,
            ["ConnectionStrings__Notifications"] = null,
            ["ConnectionStrings__Reporting"] = null,
            ["ConnectionStrings__RabbitMq"] = null,
            ["InternalToken__SigningKey"] = null,
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            environment[name] = value;
        }

        string[] arguments =
        [
            "--port", listenPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--data-dir", dataDirectory,
            "--dev-sign-in",
            "--national-team", NationalTeamEmail,
            .. demo ? new[] { "--demo" } : [],
        ];
        var child = ChildProcess.StartDotnet(RepositoryPaths.BuiltAssembly("Spp.AllInOne"), environment, arguments);
        Running[child] = 0;
        try
        {
            await child.WaitForHttpOkAsync($"http://127.0.0.1:{listenPort}/health/ready", StartTimeout, TestContext.Current.CancellationToken);
        }
        catch
        {
            Running.TryRemove(child, out _);
            child.Dispose();
            throw;
        }

        var platform = new AllInOneProcess(child, listenPort);
        try
        {
            platform.NationalTeam = await platform.SignInAsync(NationalTeamEmail, "National Team");
        }
        catch
        {
            await platform.DisposeAsync();
            throw;
        }

        return platform;
    }

    /// <summary>Signs in at the development issuer as <paramref name="email"/> (<c>POST /dev-issuer/tokens</c>) and returns the access token.</summary>
    public async Task<string> SignInAsync(string email, string name)
    {
        using var response = await SendAsync(HttpMethod.Post, "dev-issuer/tokens", body: new { email, name });
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Signing in as {email}: {(int)response.StatusCode} {text}");
        using var document = System.Text.Json.JsonDocument.Parse(text);
        return document.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>Sends a request with an optional external bearer token, JSON body and headers.</summary>
    public async Task<HttpResponseMessage> SendAsync(
        HttpMethod method,
        string path,
        string? bearer = null,
        object? body = null,
        string? ifMatch = null,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        return await Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Creates a tenant as the national team through <c>POST /api/v1/platform/tenants</c>.</summary>
    public async Task<Tenant> CreateTenantAsync(string slug, string name = "End To End Trust")
    {
        using var response = await SendAsync(HttpMethod.Post, "api/v1/platform/tenants", NationalTeam, new { slug, name });
        return await Tenant.ReadAsync(response, HttpStatusCode.Created);
    }

    /// <summary>Asks the process to stop (SIGTERM) and returns its exit code.</summary>
    public Task<int> StopAsync() => _child.StopAsync(TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_child.HasExited)
        {
            try
            {
                await StopAsync();
            }
            catch (TimeoutException)
            {
                // killed below
            }
        }

        Running.TryRemove(_child, out _);
        _child.Dispose();
    }
}
