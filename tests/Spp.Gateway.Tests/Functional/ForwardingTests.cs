using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Spp.Contracts.Identity;
using Spp.Gateway.Tests.Support;

namespace Spp.Gateway.Tests.Functional;

/// <summary>What reaches a network destination, and what comes back, over real sockets.</summary>
public sealed class ForwardingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Incoming_internal_token_is_stripped_and_replaced_with_one_carrying_the_tenant()
    {
        await using var backend = await FakeBackend.StartAsync();
        var acme = backend.AddTenant("acme");
        await using var gateway = await GatewayHost.StartAsync(GatewayHost.SettingsFor(backend));

        // A well-signed token for another tenant, as if the key had leaked: still never passed on.
        var forged = TestKeys.Issuer(gateway.SigningKey).Issue("intruder", Guid.NewGuid(), [PlatformRoles.NationalTeam]);
        using var request = new HttpRequestMessage(HttpMethod.Get, "t/acme/api/v1/schools");
        request.Headers.Add(InternalToken.HeaderName, forged);

        using var response = await gateway.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var forwarded = Assert.Single(backend.Forwarded);
        Assert.NotEqual(forged, forwarded.Header(InternalToken.HeaderName));
        var token = await ForwardedToken.ValidateAsync(forwarded, gateway.SigningKey);
        Assert.Equal(acme.ToString(), token.FindFirst(PlatformClaims.TenantId)?.Value);
        Assert.Equal(InternalToken.AnonymousSubject, token.FindFirst(PlatformClaims.Subject)?.Value);
        Assert.Empty(token.FindAll(PlatformClaims.Role));
    }

    [Fact]
    public async Task Platform_route_forwards_outside_any_tenant()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await GatewayHost.StartAsync(GatewayHost.SettingsFor(backend));

        using var response = await gateway.Client.GetAsync("api/v1/platform/tenants", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var forwarded = Assert.Single(backend.Forwarded);
        Assert.Equal("/api/v1/platform/tenants", forwarded.Path);
        Assert.Null((await ForwardedToken.ValidateAsync(forwarded, gateway.SigningKey)).FindFirst(PlatformClaims.TenantId));
        Assert.Empty(backend.Lookups);
    }

    [Theory]
    [InlineData("internal/tenants/by-slug/acme")]
    [InlineData("api/v2/anything")]
    [InlineData("t/acme/internal/tenants")]
    [InlineData("t/acme")]
    [InlineData("")]
    public async Task Paths_outside_every_route_are_404_and_not_forwarded(string path)
    {
        await using var backend = await FakeBackend.StartAsync();
        backend.AddTenant("acme");
        await using var gateway = await GatewayHost.StartAsync(GatewayHost.SettingsFor(backend));

        using var response = await gateway.Client.GetAsync(path, Ct);

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Empty(backend.Forwarded);
        Assert.Empty(backend.Lookups);
    }

    [Fact]
    public async Task Requests_alternate_round_robin_across_two_backends()
    {
        await using var a = await FakeBackend.StartAsync("a");
        await using var b = await FakeBackend.StartAsync("b");
        await using var gateway = await GatewayHost.StartAsync(GatewayHost.SettingsFor(a, b));

        var served = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await gateway.Client.GetAsync("api/v1/platform/tenants", Ct);
            served.Add(response.Headers.GetValues("X-Backend").Single());
        }

        Assert.Equal(2, a.Forwarded.Count);
        Assert.Equal(2, b.Forwarded.Count);
        Assert.NotEqual(served[0], served[1]);
        Assert.Equal(served[0], served[2]);
        Assert.Equal(served[1], served[3]);
    }

    [Fact]
    public async Task Hop_by_hop_headers_are_removed_both_ways_and_forwarded_headers_are_set()
    {
        await using var backend = await FakeBackend.StartAsync();
        backend.AddTenant("acme");
        await using var gateway = await GatewayHost.StartAsync(GatewayHost.SettingsFor(backend));
        using var request = new HttpRequestMessage(HttpMethod.Get, "t/acme/api/v1/hop");
        request.Headers.TryAddWithoutValidation("Keep-Alive", "timeout=5");
        request.Headers.TryAddWithoutValidation("Proxy-Foo", "x");
        request.Headers.TryAddWithoutValidation("X-Hop", "1");
        request.Headers.Connection.Add("X-Hop");
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", "203.0.113.9");
        request.Headers.TryAddWithoutValidation("X-End-To-End", "yes");
        request.Headers.Authorization = null;

        using var response = await gateway.Client.SendAsync(request, Ct);

        var forwarded = Assert.Single(backend.Forwarded);
        foreach (var hop in new[] { "Keep-Alive", "Proxy-Foo", "X-Hop", "TE" })
        {
            Assert.Null(forwarded.Header(hop));
        }

        Assert.DoesNotContain("X-Hop", forwarded.Header("Connection") ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("yes", forwarded.Header("X-End-To-End"));
        Assert.Equal("127.0.0.1", forwarded.Header("X-Forwarded-For"));
        Assert.Equal("http", forwarded.Header("X-Forwarded-Proto"));
        Assert.Equal(gateway.Address.Authority, forwarded.Header("X-Forwarded-Host"));
        Assert.Equal("/t/acme", forwarded.Header("X-Forwarded-Prefix"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Proxy-Foo"));
        Assert.False(response.Headers.Contains("X-Hop"));
        Assert.False(response.Headers.Contains("Keep-Alive"));
        Assert.Equal("kept", response.Headers.GetValues("X-End-To-End").Single());
    }

    [Fact]
    public async Task Authorization_header_is_not_forwarded()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await GatewayHost.StartAsync(GatewayHost.SettingsFor(backend));
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/me/profile");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz");

        using var response = await gateway.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Assert.Single(backend.Forwarded).Header("Authorization"));
    }

    [Fact]
    public async Task Response_body_streams_before_the_backend_finishes()
    {
        await using var backend = await FakeBackend.StartAsync();
        backend.AddTenant("acme");
        await using var gateway = await GatewayHost.StartAsync(GatewayHost.SettingsFor(backend));

        using var response = await gateway.Client.GetAsync("t/acme/api/v1/stream/response", HttpCompletionOption.ResponseHeadersRead, Ct);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(Ct));

        // The backend is still waiting for the release when the first line arrives.
        Assert.Equal("first", await reader.ReadLineAsync(Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(10), Ct));
        backend.ReleaseResponse.SetResult();
        Assert.Equal("second", await reader.ReadLineAsync(Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(10), Ct));
    }

    [Fact]
    public async Task Request_body_streams_before_the_caller_finishes()
    {
        await using var backend = await FakeBackend.StartAsync();
        backend.AddTenant("acme");
        await using var gateway = await GatewayHost.StartAsync(GatewayHost.SettingsFor(backend));

        // The caller sends part2 only once the backend has read part1.
        using var content = new TwoPartContent(backend.RequestPartSeen.Task);
        using var response = await gateway.Client.PostAsync("t/acme/api/v1/stream/request", content, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("part1part2", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Caller_abort_cancels_the_forwarded_request()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await GatewayHost.StartAsync(GatewayHost.SettingsFor(backend));
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var call = gateway.Client.GetAsync("api/v1/platform/slow", abort.Token);
        while (backend.Forwarded.IsEmpty)
        {
            await Task.Delay(20, Ct);
        }

        await abort.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        await backend.RequestAborted.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }

    [Fact]
    public async Task Unreachable_destination_is_503_problem_with_retry_after()
    {
        var settings = GatewayHost.SettingsFor();
        settings["ReverseProxy:Clusters:improvement:Destinations:d1:Address"] = ClosedPort.Address().ToString();
        await using var gateway = await GatewayHost.StartAsync(settings);

        using var response = await gateway.Client.GetAsync("api/v1/platform/tenants", Ct);

        await Problems.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Request_body_and_method_reach_the_backend()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await GatewayHost.StartAsync(GatewayHost.SettingsFor(backend));

        using var response = await gateway.Client.PutAsync("api/v1/hosts/h1/name", new StringContent("{\"name\":\"x\"}", Encoding.UTF8, "application/json"), Ct);

        var forwarded = Assert.Single(backend.Forwarded);
        Assert.Equal("PUT", forwarded.Method);
        Assert.Equal("{\"name\":\"x\"}", forwarded.Body);
        Assert.StartsWith("application/json", forwarded.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal("12", forwarded.Header("Content-Length"));
    }

    private sealed class TwoPartContent(Task partSeen) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync("part1"u8.ToArray());
            await stream.FlushAsync();
            await partSeen.WaitAsync(TimeSpan.FromSeconds(10));
            await stream.WriteAsync("part2"u8.ToArray());
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
