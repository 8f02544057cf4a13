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
using Spp.ServiceDefaults;
using Spp.Tenancy.Tokens;

namespace Spp.Improvement.Tests.Support;

/// <summary>
/// The improvement service composed as its Program does, on a real loopback socket, with its own
/// internal-token key so that tests mint the tokens the gateway (or another service) would send.
/// </summary>
internal sealed class ImprovementHost : IAsyncDisposable
{
    private ImprovementHost(WebApplication app, Uri address, string signingKey)
    {
        App = app;
        SigningKey = signingKey;
        Tokens = TestKeys.Issuer(signingKey);
        Client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, UseProxy = false }) { BaseAddress = address };
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public string SigningKey { get; }

    public InternalTokenIssuer Tokens { get; }

    /// <summary>The token the gateway forwards for a signed-in national-team member.</summary>
    public string NationalTeam(string subject = "person-national") => Tokens.Issue(subject, null, [PlatformRoles.NationalTeam]);

    /// <summary>A service-to-service token from <paramref name="caller"/> addressed to this service.</summary>
    public string Service(string caller = "gateway") => Tokens.IssueForService(caller, ImprovementExtensions.ServiceName);

    public static async Task<ImprovementHost> StartAsync(string connectionString, IDictionary<string, string?>? settings = null)
    {
        var signingKey = TestKeys.NewBase64Key();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Improvement"] = connectionString,
            ["InternalToken:SigningKey"] = signingKey,
            ["Messaging:Transport"] = "InMemory",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        // As services/improvement/Spp.Improvement/Program.cs composes it.
        builder.AddServiceDefaults(ImprovementExtensions.ServiceName);
        builder.Logging.ClearProviders();
        builder.AddImprovementService();
        var app = builder.Build();
        app.UseServicePipeline();
        app.MapImprovementEndpoints();

        try
        {
            await app.StartAsync(TestContext.Current.CancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ImprovementHost(app, new Uri(address.TrimEnd('/') + "/"), signingKey);
    }

    /// <summary>Sends a request with an optional internal token, JSON body and headers.</summary>
    public async Task<HttpResponseMessage> SendAsync(
        HttpMethod method,
        string path,
        string? token,
        object? body = null,
        string? ifMatch = null,
        string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (token is not null)
        {
            request.Headers.Add(InternalToken.HeaderName, token);
        }

        if (body is HttpContent content)
        {
            request.Content = content;
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
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
        Client.Dispose();
        await App.DisposeAsync();
    }
}
