using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spp.Contracts.Identity;
using Spp.Gateway.Tests.Support;
using Spp.Tenancy;
using Spp.Tenancy.Tokens;

namespace Spp.Gateway.Tests.SharedTenancy;

/// <summary>A service that accepts internal tokens, as services register it.</summary>
public sealed class InternalTokenAuthenticationTests : IAsyncLifetime
{
    private readonly string _key = TestKeys.NewBase64Key();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["InternalToken:SigningKey"] = _key });

        // Twice, as the all-in-one host registers several services in one process.
        builder.Services.AddInternalTokenAuthentication(builder.Configuration, "improvement");
        builder.Services.AddInternalTokenAuthentication(builder.Configuration, "notifications");
        builder.Services.AddAuthorization();
        _app = builder.Build();
        _app.MapGet("/whoami", (ClaimsPrincipal user, ITenantAccessor tenant) => new
        {
            subject = user.GetSubject(),
            tenant = tenant.TenantId,
            anonymous = user.IsAnonymous(),
            nationalTeam = user.HasRole(PlatformRoles.NationalTeam),
            callingService = user.GetCallingService(),
        }).RequireAuthorization();
        _app.MapGet("/tenant-only", (ITenantAccessor tenant) => tenant.RequiredTenantId).RequireAuthorization();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    private Task<HttpResponseMessage> GetAsync(string path, string? internalToken = null, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (internalToken is not null)
        {
            request.Headers.Add(InternalToken.HeaderName, internalToken);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return _client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Token_in_the_internal_header_authenticates_with_its_tenant_and_roles()
    {
        var tenantId = Guid.NewGuid();
        var token = TestKeys.Issuer(_key).Issue("person-7", tenantId, [PlatformRoles.NationalTeam]);

        using var response = await GetAsync("/whoami", internalToken: token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<WhoAmI>(TestContext.Current.CancellationToken);
        Assert.Equal(new WhoAmI("person-7", tenantId, false, true, null), body);
    }

    [Fact]
    public async Task Token_in_the_authorization_header_is_ignored()
    {
        var token = TestKeys.Issuer(_key).Issue("person-7", Guid.NewGuid(), []);

        using var response = await GetAsync("/whoami", bearer: token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Request_without_a_token_is_unauthorized()
    {
        using var response = await GetAsync("/whoami");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Service_tokens_to_each_registered_service_are_accepted_and_name_the_caller()
    {
        var issuer = TestKeys.Issuer(_key);
        foreach (var callee in new[] { "improvement", "notifications" })
        {
            using var response = await GetAsync("/whoami", internalToken: issuer.IssueForService("reporting", callee));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<WhoAmI>(TestContext.Current.CancellationToken);
            Assert.Equal("reporting", body!.CallingService);
        }
    }

    [Fact]
    public async Task Service_token_for_a_service_not_hosted_here_is_rejected()
    {
        using var response = await GetAsync("/whoami", internalToken: TestKeys.Issuer(_key).IssueForService("reporting", "portal"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_token_is_authenticated_but_anonymous()
    {
        using var response = await GetAsync("/whoami", internalToken: TestKeys.Issuer(_key).Issue(InternalToken.AnonymousSubject, null, []));

        var body = await response.Content.ReadFromJsonAsync<WhoAmI>(TestContext.Current.CancellationToken);
        Assert.True(body!.Anonymous);
        Assert.Null(body.Tenant);
    }

    [Fact]
    public async Task Code_that_needs_a_tenant_fails_when_the_token_has_none()
    {
        var token = TestKeys.Issuer(_key).Issue("person-7", null, []);

        using var response = await GetAsync("/tenant-only", internalToken: token);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    private sealed record WhoAmI(string? Subject, Guid? Tenant, bool Anonymous, bool NationalTeam, string? CallingService);
}
