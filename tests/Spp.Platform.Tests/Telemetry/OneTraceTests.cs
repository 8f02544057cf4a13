using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Spp.Testing;
using Spp.Testing.Telemetry;

namespace Spp.Platform.Tests.Telemetry;

/// <summary>
/// One request is one trace across processes: gateway → improvement → grain → outbox dispatcher →
/// RabbitMQ → the gateway's tenant-directory consumer, each process exporting its own spans.
/// </summary>
public sealed class OneTraceTests : IAsyncLifetime
{
    private const int Server = 2;
    private const int Producer = 4;
    private const int Consumer = 5;
    private const string Issuer = "https://id.test.example";
    private const string Audience = "spp-platform";
    private const string NationalTeamEmail = "national.lead@spp.test";
    private readonly string issuerKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly string internalKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly List<ChildProcess> processes = [];
    private OtlpReceiver? receiver;
    private PostgresDatabase? database;

    public async ValueTask InitializeAsync()
    {
        database = await PostgresDatabase.CreateAsync("trace", cancellationToken: TestContext.Current.CancellationToken);
        receiver = await OtlpReceiver.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in processes)
        {
            process.Dispose();
        }

        if (receiver is not null)
        {
            await receiver.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_rename_through_the_gateway_is_one_trace_from_gateway_to_the_directory_consumer()
    {
        var ct = TestContext.Current.CancellationToken;
        var rabbit = TestServers.RabbitMq.ToString();
        var improvementUrl = $"http://127.0.0.1:{FreePort.Next()}";

        // The national team is the platform's record, never a token's claim: granted to an address first.
        using (var grant = ChildProcess.StartDotnet(
            RepositoryPaths.BuiltAssembly("Spp.Improvement"),
            new Dictionary<string, string?> { ["ConnectionStrings__Improvement"] = database!.ConnectionString, ["ConnectionStrings__RabbitMq"] = null },
            ["admin", "person", "grant-national-team", NationalTeamEmail]))
        {
            Assert.True(await grant.WaitForExitAsync(TimeSpan.FromSeconds(60)) == 0, grant.Output);
        }

        var gatewayUrl = $"http://127.0.0.1:{FreePort.Next()}";
        var improvement = Start("Spp.Improvement", "improvement", improvementUrl, new()
        {
            ["ConnectionStrings__Improvement"] = database!.ConnectionString,
            ["ConnectionStrings__RabbitMq"] = rabbit,
        });
        var gateway = Start("Spp.Gateway", "gateway", gatewayUrl, new()
        {
            ["ConnectionStrings__RabbitMq"] = rabbit,
            ["ReverseProxy__Clusters__improvement__Destinations__d1__Address"] = improvementUrl + "/",
            ["Gateway__Authentication__Issuers__test__Issuer"] = Issuer,
            ["Gateway__Authentication__Issuers__test__Audience"] = Audience,
            ["Gateway__Authentication__Issuers__test__SigningKey"] = issuerKey,
        });
        await improvement.WaitForHttpOkAsync(improvementUrl + "/health/ready", TimeSpan.FromSeconds(60), ct);
        await gateway.WaitForHttpOkAsync(gatewayUrl + "/health/ready", TimeSpan.FromSeconds(60), ct);

        using var client = new HttpClient { BaseAddress = new Uri(gatewayUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", NationalTeamToken());
        var slug = "trace-" + Guid.NewGuid().ToString("N")[..8];
        using var created = await client.PostAsJsonAsync("/api/v1/platform/tenants", new { slug, name = "Trace Trust" }, ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var tenant = await created.Content.ReadFromJsonAsync<JsonElement>(ct);

        var traceId = ActivityTraceId.CreateRandom();
        var callerSpan = ActivitySpanId.CreateRandom();
        using var rename = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/platform/tenants/{tenant.GetProperty("id").GetString()}")
        {
            Content = JsonContent.Create(new { name = "Trace Trust (renamed)" }),
        };
        rename.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        rename.Headers.TryAddWithoutValidation("traceparent", $"00-{traceId}-{callerSpan}-01");
        using var renamed = await client.SendAsync(rename, ct);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        var consume = await WaitForSpanAsync(traceId.ToString(), s => s.Service == "gateway" && s.Scope == "MassTransit" && s.Kind == Consumer, ct);
        var chain = ChainToRoot(consume, traceId.ToString());
        var path = string.Join(Environment.NewLine, chain);

        Assert.Equal(callerSpan.ToString(), chain[0].ParentSpanId);
        Assert.True(chain.All(s => s.TraceId == traceId.ToString()), path);
        AssertInOrder(chain, path,
            s => s.Service == "gateway" && s.Scope == "Microsoft.AspNetCore" && s.Kind == Server,
            s => s.Service == "gateway" && s.Scope == "Spp.Gateway",
            s => s.Service == "improvement" && s.Scope == "Microsoft.AspNetCore" && s.Kind == Server,
            s => s.Service == "improvement" && s.Scope == "Spp.Grains" && s.Name == "tenant.Rename",
            s => s.Service == "improvement" && s.Scope == "Spp.Outbox",
            s => s.Service == "improvement" && s.Scope == "MassTransit" && s.Kind == Producer,
            s => s.Service == "gateway" && s.Scope == "MassTransit" && s.Kind == Consumer);
    }

    private ChildProcess Start(string project, string service, string url, Dictionary<string, string?> settings)
    {
        settings["InternalToken__SigningKey"] = internalKey;
        foreach (var (key, value) in receiver!.ExporterSettings(service))
        {
            settings[key] = value;
        }

        var process = ChildProcess.StartDotnet(RepositoryPaths.BuiltAssembly(project), settings, ["--urls", url]);
        processes.Add(process);
        return process;
    }

    private async Task<ExportedSpan> WaitForSpanAsync(string traceId, Func<ExportedSpan, bool> match, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (receiver!.Spans.FirstOrDefault(s => s.TraceId == traceId && match(s)) is { } found)
            {
                // Give the other processes' batches a moment to arrive too.
                await Task.Delay(1000, ct);
                return found;
            }

            await Task.Delay(200, ct);
        }

        var seen = string.Join(Environment.NewLine, receiver!.Spans.Where(s => s.TraceId == traceId));
        Assert.Fail($"No consumer span in trace {traceId} within 60 s. Spans of the trace:{Environment.NewLine}{seen}{Environment.NewLine}{string.Join(Environment.NewLine, processes.Select(p => p.Output))}");
        throw new UnreachableException();
    }

    private List<ExportedSpan> ChainToRoot(ExportedSpan leaf, string traceId)
    {
        var bySpan = receiver!.Spans.Where(s => s.TraceId == traceId).GroupBy(s => s.SpanId).ToDictionary(g => g.Key, g => g.First());
        var chain = new List<ExportedSpan> { leaf };
        while (bySpan.TryGetValue(chain[^1].ParentSpanId, out var parent))
        {
            chain.Add(parent);
        }

        chain.Reverse();
        return chain;
    }

    private static void AssertInOrder(List<ExportedSpan> chain, string path, params Func<ExportedSpan, bool>[] steps)
    {
        var index = 0;
        foreach (var (step, number) in steps.Select((s, i) => (s, i)))
        {
            while (index < chain.Count && !step(chain[index]))
            {
                index++;
            }

            Assert.True(index < chain.Count, $"Step {number + 1} is missing from the parent chain (root first):{Environment.NewLine}{path}");
            index++;
        }
    }

    private string NationalTeamToken() => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        Expires = DateTime.UtcNow.AddMinutes(10),
        Claims = new Dictionary<string, object> { ["sub"] = "national-lead", ["email"] = NationalTeamEmail },
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(issuerKey)), SecurityAlgorithms.HmacSha256),
    });
}
