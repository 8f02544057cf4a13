using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Spp.OpenApi.Tests.Support;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.OpenApi.Tests.Functional;

public sealed class PublicDocumentTests(PlatformFixture platform) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task Every_mapped_endpoint_of_every_service_is_published_with_every_status_it_can_return()
    {
        var document = await platform.Gateway.DocumentAsync();
        var published = Operations.All(document).ToDictionary(o => (o.Path, o.Method), o => o.Operation);

        var checkedRoutes = 0;
        foreach (var service in platform.Services)
        {
            foreach (var (path, method, endpoint) in PublicEndpoints(service))
            {
                Assert.True(published.TryGetValue((path, method), out var operation), $"{service.Name}: {method.ToUpperInvariant()} {path} is not in the public document");
                var missing = StatusesOf(endpoint).Except(Operations.Statuses(operation)).ToList();
                Assert.True(missing.Count == 0, $"{service.Name}: {method.ToUpperInvariant()} {path} does not document {string.Join(", ", missing)}");
                checkedRoutes++;
            }
        }

        Assert.True(checkedRoutes >= PublicEndpoints(platform.Improvement).Count());
        Assert.NotEmpty(PublicEndpoints(platform.Improvement));
    }

    [Fact]
    public async Task The_document_is_served_without_a_token_as_openapi_3_1_with_info_and_bearer_security()
    {
        using var response = await platform.Gateway.GetDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();

        Assert.StartsWith("3.1", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(PlatformApiInfo.Title, document["info"]!["title"]!.GetValue<string>());
        Assert.NotNull(document["info"]!["license"]!["url"]);
        Assert.NotNull(document["info"]!["contact"]);
        Assert.Equal("bearer", document["components"]!["securitySchemes"]!["bearer"]!["scheme"]!.GetValue<string>());
        Assert.NotNull(document["security"]![0]!["bearer"]);
        Assert.Equal(platform.Gateway.Client.BaseAddress!.ToString().TrimEnd('/'), document["servers"]![0]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Internal_health_and_document_routes_are_not_published()
    {
        var document = await platform.Gateway.DocumentAsync();

        Assert.DoesNotContain(document["paths"]!.AsObject(), p => p.Key.StartsWith("/internal", StringComparison.Ordinal)
            || p.Key.StartsWith("/health", StringComparison.Ordinal) || p.Key.StartsWith("/openapi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_operation_has_a_unique_id_a_summary_a_described_tag_and_problem_answers_as_problem_json()
    {
        var document = await platform.Gateway.DocumentAsync();
        var operations = Operations.All(document).ToList();
        var describedTags = document["tags"]!.AsArray().Where(t => t?["description"] is not null).Select(t => t!["name"]!.GetValue<string>()).ToHashSet();

        Assert.Equal(operations.Count, operations.Select(o => o.Operation["operationId"]!.GetValue<string>()).Distinct(StringComparer.Ordinal).Count());
        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace(o.Operation["summary"]?.GetValue<string>())));
        Assert.All(operations, o => Assert.All(o.Operation["tags"]!.AsArray(), t => Assert.Contains(t!.GetValue<string>(), describedTags)));
        foreach (var response in document["components"]!["responses"]!.AsObject())
        {
            Assert.NotNull(response.Value!["content"]![ProblemResponses.ContentType]);
        }
    }

    [Fact]
    public async Task Routes_that_require_if_match_or_accept_an_idempotency_key_document_those_headers()
    {
        var document = await platform.Gateway.DocumentAsync();
        var published = Operations.All(document).ToDictionary(o => (o.Path, o.Method), o => o.Operation);
        var endpoints = platform.Services.SelectMany(PublicEndpoints).ToList();

        Assert.Contains(endpoints, e => e.Endpoint.Metadata.GetMetadata<IfMatchRequired>() is not null);
        foreach (var (path, method, endpoint) in endpoints)
        {
            var operation = published[(path, method)];
            if (endpoint.Metadata.GetMetadata<IfMatchRequired>() is not null)
            {
                Assert.True(Operations.Header(operation, "If-Match")?["required"]?.GetValue<bool>(), $"{method} {path}: If-Match");
            }

            if (endpoint.Metadata.GetMetadata<IdempotencyKeyAccepted>() is not null)
            {
                Assert.NotNull(Operations.Header(operation, "Idempotency-Key"));
            }
        }
    }

    /// <summary>
    /// The statuses a route can answer, read from its metadata: what its results declare, what its
    /// conventions add, and what every route answers (404, 429, 503; 401 and 403 behind a policy; 413 with a body).
    /// </summary>
    private static HashSet<int> StatusesOf(RouteEndpoint endpoint)
    {
        var metadata = endpoint.Metadata;
        var statuses = metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.StatusCode).ToHashSet();
        statuses.UnionWith(metadata.OfType<ApiConventionMetadata>().SelectMany(c => c.ProblemStatuses));
        statuses.UnionWith([404, 429, 503]);
        if (metadata.GetMetadata<IAuthorizeData>() is not null && metadata.GetMetadata<IAllowAnonymous>() is null)
        {
            statuses.UnionWith([401, 403]);
        }

        if (metadata.GetMetadata<IAcceptsMetadata>() is not null)
        {
            statuses.Add(413);
        }

        return statuses;
    }

    /// <summary>The service's mapped routes other than /internal, /health and its own document, as (path, method).</summary>
    private static IEnumerable<(string Path, string Method, RouteEndpoint Endpoint)> PublicEndpoints(ServiceHost service) =>
        from endpoint in service.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        let path = RoutePaths.Of(endpoint.RoutePattern)
        where !path.StartsWith("/internal", StringComparison.Ordinal)
            && !path.StartsWith("/health", StringComparison.Ordinal)
            && path != PlatformApiInfo.DocumentPath
        from method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []
        select (path, method.ToLowerInvariant(), endpoint);
}
