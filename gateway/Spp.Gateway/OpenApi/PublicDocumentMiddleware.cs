using Microsoft.Extensions.Options;
using Spp.Gateway.Configuration;
using Spp.Gateway.Pipeline;
using Spp.Gateway.Routing;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Gateway.OpenApi;

/// <summary>
/// Answers <c>GET /openapi/v1.json</c> with the merged public document, before route matching: the
/// path belongs to the gateway, including in the all-in-one where the services' own document is
/// mapped at the same path further down the pipeline (which is where the gateway fetches it from).
/// </summary>
internal sealed class PublicDocumentMiddleware(
    RequestDelegate next,
    RouteTableProvider routes,
    ServiceDocumentCache documents,
    IOptionsMonitor<ReverseProxyOptions> settings,
    IOptionsMonitor<GatewayOptions> gateway,
    IOptions<PublicDocumentOptions> options,
    IConfiguration configuration)
{
    private static readonly PathString DocumentPath = new(PlatformApiInfo.DocumentPath);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path != DocumentPath || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            await next(context);
            return;
        }

        var table = routes.Current;
        IReadOnlyList<ServiceDocument> services;
        try
        {
            services = await documents.GetAsync(table, context.RequestAborted);
        }
        catch (ServiceDocumentUnavailableException)
        {
            await GatewayProblems.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "The API description is not available yet.", retryAfter: GatewayProblems.DefaultRetryAfter);
            return;
        }

        var servers = new PublicServers(Origin(request), gateway.CurrentValue.BaseDomain, options.Value.TenantExample);
        var document = PublicDocumentMerger.Merge(services, table, settings.CurrentValue, servers);
        context.Response.Headers.CacheControl = "no-cache";
        await TypedResults.Json(document, contentType: "application/json; charset=utf-8").ExecuteAsync(context);
    }

    /// <summary>The public base URL when configured (behind a proxy the request's own may be internal), else the request's origin.</summary>
    private string Origin(HttpRequest request)
    {
        var configured = configuration["Platform:PublicBaseUrl"];
        return string.IsNullOrWhiteSpace(configured)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/')
            : configured.TrimEnd('/');
    }
}
