using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spp.Contracts.Identity;
using Spp.Contracts.Tenants;

namespace Spp.Gateway.Tests.Support;

/// <summary>
/// A stand-in for a service behind the gateway, on a real loopback socket: it records what reaches
/// it, answers tenant lookups from <see cref="Tenants"/> and sign-ins from <see cref="People"/>
/// (a subject it has not seen becomes a new person with no roles), and has a few paths that stream.
/// </summary>
internal sealed class FakeBackend : IAsyncDisposable
{
    private static readonly string[] Behaviours = ["/stream/response", "/stream/request", "/slow", "/hop"];

    private readonly WebApplication _app;

    private FakeBackend(string name, WebApplication app)
    {
        Name = name;
        _app = app;
    }

    public string Name { get; }

    public Uri Address { get; private set; } = null!;

    /// <summary>Requests forwarded to the service (everything but tenant lookups and health probes).</summary>
    public ConcurrentQueue<RecordedRequest> Forwarded { get; } = new();

    /// <summary>Tenant lookups the gateway made.</summary>
    public ConcurrentQueue<RecordedRequest> Lookups { get; } = new();

    public ConcurrentDictionary<string, (Guid Id, string Name, TenantStatus Status)> Tenants { get; } = new();

    /// <summary>Sign-in resolutions the gateway asked for (<c>POST /internal/people/sign-in</c>).</summary>
    public ConcurrentQueue<RecordedRequest> SignIns { get; } = new();

    /// <summary>The platform's people by external subject, as the sign-in route answers them.</summary>
    public ConcurrentDictionary<string, SignInResolution> People { get; } = new();

    /// <summary>When set, the sign-in route answers this status instead.</summary>
    public int? SignInStatus { get; set; }

    public TaskCompletionSource ReleaseResponse { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource RequestPartSeen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource RequestAborted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<FakeBackend> StartAsync(string name = "a")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");

        // The gateway's route limits are under test, not the stand-in's own (Kestrel's 30 MB default).
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = null);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var backend = new FakeBackend(name, app);
        app.Run(backend.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        backend.Address = new Uri(address.TrimEnd('/') + "/");
        return backend;
    }

    public Guid AddTenant(string slug, TenantStatus status = TenantStatus.Active)
    {
        var id = Guid.NewGuid();
        Tenants[slug] = (id, slug.ToUpperInvariant(), status);
        return id;
    }

    /// <summary>Records a person for <paramref name="subject"/> with platform roles and tenant memberships.</summary>
    public Guid AddPerson(string subject, IReadOnlyList<string>? platformRoles = null, params TenantMembershipGrant[] memberships)
    {
        var id = Guid.NewGuid();
        People[subject] = new SignInResolution(id, platformRoles ?? [], memberships);
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        ReleaseResponse.TrySetResult();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        context.Response.Headers["X-Backend"] = Name;
        if (path == "/health/live")
        {
            return;
        }

        if (path.StartsWith("/internal/tenants/by-slug/", StringComparison.Ordinal))
        {
            Lookups.Enqueue(await RecordAsync(context, readBody: true));
            await AnswerLookupAsync(context, path["/internal/tenants/by-slug/".Length..]);
            return;
        }

        if (path == SignInRoutes.Resolve)
        {
            var signIn = await RecordAsync(context, readBody: true);
            SignIns.Enqueue(signIn);
            await AnswerSignInAsync(context, signIn);
            return;
        }

        switch (Behaviour(path))
        {
            case "/stream/response":
                Forwarded.Enqueue(await RecordAsync(context, readBody: true));
                await context.Response.WriteAsync("first\n");
                await context.Response.Body.FlushAsync();
                await ReleaseResponse.Task.WaitAsync(TimeSpan.FromSeconds(20));
                await context.Response.WriteAsync("second\n");
                return;
            case "/stream/request":
                await EchoStreamedBodyAsync(context);
                return;
            case "/slow":
                Forwarded.Enqueue(await RecordAsync(context, readBody: false));
                context.RequestAborted.Register(() => RequestAborted.TrySetResult());
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            case "/hop":
                context.Response.Headers["Keep-Alive"] = "timeout=5";
                context.Response.Headers["Proxy-Foo"] = "bar";
                context.Response.Headers["X-Hop"] = "1";
                context.Response.Headers.Connection = "X-Hop";
                context.Response.Headers["X-End-To-End"] = "kept";
                break;
        }

        var recorded = await RecordAsync(context, readBody: true);
        Forwarded.Enqueue(recorded);
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { backend = Name, path = recorded.Path, query = recorded.Query, body = recorded.Body }));
    }

    // Paths ending in these names behave specially, whichever route forwarded them.
    private static string Behaviour(string path) =>
        Behaviours.FirstOrDefault(b => path.EndsWith(b, StringComparison.Ordinal)) ?? string.Empty;

    private async Task AnswerLookupAsync(HttpContext context, string slug)
    {
        if (!Tenants.TryGetValue(slug, out var tenant))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { id = tenant.Id, slug, name = tenant.Name, status = tenant.Status.ToString() }));
    }

    private async Task AnswerSignInAsync(HttpContext context, RecordedRequest signIn)
    {
        if (SignInStatus is { } status)
        {
            context.Response.StatusCode = status;
            return;
        }

        var request = JsonSerializer.Deserialize<SignInRequest>(signIn.Body, JsonSerializerOptions.Web)!;
        var person = People.GetOrAdd(request.Subject, _ => new SignInResolution(Guid.NewGuid(), [], []));
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(person, JsonSerializerOptions.Web));
    }

    private async Task EchoStreamedBodyAsync(HttpContext context)
    {
        var received = new StringBuilder();
        var buffer = new byte[1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(buffer)) > 0)
        {
            received.Append(Encoding.UTF8.GetString(buffer, 0, read));
            if (received.ToString().Contains("part1", StringComparison.Ordinal))
            {
                RequestPartSeen.TrySetResult();
            }
        }

        await context.Response.WriteAsync(received.ToString());
    }

    private static async Task<RecordedRequest> RecordAsync(HttpContext context, bool readBody)
    {
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.Select(v => v ?? string.Empty).ToArray(), StringComparer.OrdinalIgnoreCase);
        var body = string.Empty;
        if (readBody)
        {
            using var reader = new StreamReader(context.Request.Body);
            body = await reader.ReadToEndAsync();
        }

        return new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "/", context.Request.QueryString.Value ?? string.Empty, headers, body);
    }
}
