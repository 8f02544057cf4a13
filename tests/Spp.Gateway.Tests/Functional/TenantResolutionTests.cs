using System.Net;
using System.Net.Http.Headers;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Spp.Contracts.Identity;
using Spp.Contracts.Tenants;
using Spp.Gateway.Tests.Support;

namespace Spp.Gateway.Tests.Functional;

/// <summary>Tenant resolution before forwarding, over real sockets.</summary>
public sealed class TenantResolutionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Unknown_tenant_is_404_problem_and_nothing_is_forwarded()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await GatewayHost.StartAsync(GatewayHost.SettingsFor(backend));

        using var response = await gateway.Client.GetAsync("t/nobody/api/v1/schools", Ct);

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Empty(backend.Forwarded);
        Assert.Single(backend.Lookups);
    }

    [Fact]
    public async Task Path_tenant_is_forwarded_to_the_tenant_relative_path_with_its_query()
    {
        await using var backend = await FakeBackend.StartAsync();
        var acme = backend.AddTenant("acme");
        await using var gateway = await GatewayHost.StartAsync(GatewayHost.SettingsFor(backend));

        using var response = await gateway.Client.GetAsync("t/acme/api/v1/schools/42?include=terms", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var forwarded = Assert.Single(backend.Forwarded);
        Assert.Equal("/api/v1/schools/42", forwarded.Path);
        Assert.Equal("?include=terms", forwarded.Query);
        var token = await ForwardedToken.ValidateAsync(forwarded, gateway.SigningKey);
        Assert.Equal(acme.ToString(), token.FindFirst(PlatformClaims.TenantId)?.Value);
    }

    [Fact]
    public async Task Host_name_tenant_is_forwarded_like_the_path_form()
    {
        await using var backend = await FakeBackend.StartAsync();
        var acme = backend.AddTenant("acme");
        await using var gateway = await GatewayHost.StartAsync(GatewayHost.SettingsFor(backend));
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/schools");
        request.Headers.Host = "acme.spp.test";

        using var response = await gateway.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var forwarded = Assert.Single(backend.Forwarded);
        Assert.Equal("/api/v1/schools", forwarded.Path);
        Assert.Null(forwarded.Header("X-Forwarded-Prefix"));
        Assert.Equal(acme.ToString(), (await ForwardedToken.ValidateAsync(forwarded, gateway.SigningKey)).FindFirst(PlatformClaims.TenantId)?.Value);
    }

    [Fact]
    public async Task Suspended_tenant_is_404_for_anonymous_callers_and_nothing_is_forwarded()
    {
        await using var backend = await FakeBackend.StartAsync();
        backend.AddTenant("acme", TenantStatus.Suspended);
        await using var gateway = await GatewayHost.StartAsync(GatewayHost.SettingsFor(backend));

        using var response = await gateway.Client.GetAsync("t/acme/api/v1/schools", Ct);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.DoesNotContain("suspended", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(backend.Forwarded);
    }

    [Fact]
    public async Task Suspended_tenant_is_403_tenant_suspended_for_members()
    {
        await using var backend = await FakeBackend.StartAsync();
        var acme = backend.AddTenant("acme", TenantStatus.Suspended);
        backend.AddPerson("person-1", memberships: new TenantMembershipGrant(acme, [PlatformRoles.Facilitator]));
        var issuer = new ExternalTokens("https://id.test", "spp", TestKeys.NewBase64Key());
        var settings = GatewayHost.SettingsFor(backend);
        ExternalAuthenticationTests.AddIssuer(settings, issuer);
        await using var gateway = await GatewayHost.StartAsync(settings);
        using var request = new HttpRequestMessage(HttpMethod.Get, "t/acme/api/v1/schools");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", issuer.Create("person-1"));

        using var response = await gateway.Client.SendAsync(request, Ct);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.EndsWith("/tenant-suspended", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Empty(backend.Forwarded);
    }

    [Fact]
    public async Task Tenant_lookup_carries_a_service_token_from_the_gateway_to_improvement()
    {
        await using var backend = await FakeBackend.StartAsync();
        backend.AddTenant("acme");
        await using var gateway = await GatewayHost.StartAsync(GatewayHost.SettingsFor(backend));

        using var response = await gateway.Client.GetAsync("t/acme/api/v1/schools", Ct);

        var lookup = Assert.Single(backend.Lookups);
        Assert.Equal("/internal/tenants/by-slug/acme", lookup.Path);
        var token = await ForwardedToken.ValidateAsync(lookup, gateway.SigningKey, "improvement");
        Assert.Equal("gateway", token.FindFirst(PlatformClaims.Subject)?.Value);
    }

    [Fact]
    public async Task Tenant_answer_is_cached_between_requests()
    {
        await using var backend = await FakeBackend.StartAsync();
        backend.AddTenant("acme");
        await using var gateway = await GatewayHost.StartAsync(GatewayHost.SettingsFor(backend));

        for (var i = 0; i < 3; i++)
        {
            using var response = await gateway.Client.GetAsync("t/acme/api/v1/schools", Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Single(backend.Lookups);
        Assert.Equal(3, backend.Forwarded.Count);
    }

    [Fact]
    public async Task Suspension_event_evicts_the_cached_tenant_so_the_next_request_sees_it()
    {
        await using var backend = await FakeBackend.StartAsync();
        var acme = backend.AddTenant("acme");
        await using var gateway = await GatewayHost.StartAsync(GatewayHost.SettingsFor(backend));
        await gateway.WaitUntilReadyAsync();
        using (var first = await gateway.Client.GetAsync("t/acme/api/v1/schools", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        backend.Tenants["acme"] = backend.Tenants["acme"] with { Status = TenantStatus.Suspended };
        await gateway.App.Services.GetRequiredService<IBus>().Publish(new TenantSuspended(acme, "unpaid"), Ct);

        var status = HttpStatusCode.OK;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (status == HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, Ct);
            using var response = await gateway.Client.GetAsync("t/acme/api/v1/schools", Ct);
            status = response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Tenant_store_that_does_not_answer_is_503_with_retry_after()
    {
        var settings = GatewayHost.SettingsFor();
        settings["ReverseProxy:Clusters:improvement:Destinations:d1:Address"] = ClosedPort.Address().ToString();
        await using var gateway = await GatewayHost.StartAsync(settings);

        using var response = await gateway.Client.GetAsync("t/acme/api/v1/schools", Ct);

        await Problems.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(response.Headers.RetryAfter);
    }
}
