using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spp.Contracts.Identity;
using Spp.Improvement.Actions;
using Spp.Improvement.Tests.Support;
using Spp.ServiceDefaults;
using Spp.Tenancy.Tokens;

namespace Spp.Improvement.Tests.Actions.Support;

/// <summary>
/// The improvement service composed as its Program does, on a loopback socket over SQLite, except that
/// the grains around the plan (cycle, enrolments, partnership, people) are <see cref="ScriptedPlanLinks"/>:
/// the API's own behaviour is under test here, not the stage machine that moves a cycle.
/// </summary>
public sealed class ActionPlanService : IAsyncLifetime
{
    private readonly TempFolder _folder = new("action-plan-api");
    private WebApplication? _app;
    private HttpClient? _client;

    internal ScriptedPlanLinks Links { get; } = new();

    internal InternalTokenIssuer Tokens { get; private set; } = null!;

    private HttpClient Client => _client ?? throw new InvalidOperationException("The service is not started.");

    /// <summary>A new cycle in <paramref name="stage"/> with its people, known to the service.</summary>
    internal PlanScenario NewCycle(Spp.Improvement.Cycles.CycleStage stage = Spp.Improvement.Cycles.CycleStage.ActionPlan) =>
        Links.Add(new PlanScenario { Stage = stage });

    /// <summary>The token the gateway forwards for <paramref name="person"/> in the scenario's tenant (or <paramref name="tenantId"/>).</summary>
    internal string TokenFor(PlanScenario scenario, Guid person, Guid? tenantId = null, params string[] roles) =>
        Tokens.Issue(person.ToString(), tenantId ?? scenario.TenantId, roles);

    public async ValueTask InitializeAsync()
    {
        var signingKey = TestKeys.NewBase64Key();
        Tokens = TestKeys.Issuer(signingKey);
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Improvement"] = _folder.Sqlite(),
            ["InternalToken:SigningKey"] = signingKey,
            ["Messaging:Transport"] = "InMemory",
        });
        builder.AddServiceDefaults(ImprovementExtensions.ServiceName);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IActionPlanLinks>(Links);
        builder.AddImprovementService();
        _app = builder.Build();
        _app.UseServicePipeline();
        _app.MapImprovementEndpoints();
        await _app.StartAsync(TestContext.Current.CancellationToken);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient(new SocketsHttpHandler { UseCookies = false, UseProxy = false }) { BaseAddress = new Uri(address.TrimEnd('/') + "/") };
    }

    /// <summary>Sends a request with an optional internal token, JSON body and headers.</summary>
    internal async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null, string? ifMatch = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (token is not null)
        {
            request.Headers.Add(InternalToken.HeaderName, token);
        }

        if (body is not null)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _folder.Dispose();
    }
}
