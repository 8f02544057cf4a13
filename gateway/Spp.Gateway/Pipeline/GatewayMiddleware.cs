using Microsoft.Extensions.Options;
using Spp.Contracts.Identity;
using Spp.Gateway.DevelopmentIssuer;
using Spp.Gateway.Forwarder;
using Spp.Gateway.Identity;
using Spp.Gateway.Routing;
using Spp.Gateway.Tenancy;
using Spp.Tenancy;
using Spp.Tenancy.Tokens;

namespace Spp.Gateway.Pipeline;

/// <summary>
/// The gateway's request path: match a route, apply its body limit, authenticate the caller and
/// resolve them to the platform's person, admit the tenant, mint the internal token, forward.
/// Anything that matches no route ends here with 404, which in the all-in-one host is what keeps
/// the services' endpoints (and their /internal routes) private.
/// </summary>
internal sealed partial class GatewayMiddleware(
    RequestDelegate next,
    RouteTableProvider routes,
    TenantGate tenants,
    CallerAuthenticator callers,
    InternalTokenIssuer tokens,
    ForwardingDispatcher dispatcher,
    IOptions<DevelopmentIssuerOptions> developmentIssuer,
    ILogger<GatewayMiddleware> logger)
{
    private static readonly PathString HealthPath = new("/health");
    private static readonly PathString DevelopmentIssuerPath = new(DevelopmentIssuerAddress.PathBase);

    public async Task InvokeAsync(HttpContext context)
    {
        // Only the gateway speaks with this header; a caller's copy is never believed or passed on.
        context.Request.Headers.Remove(InternalToken.HeaderName);
        if (context.Request.Path.StartsWithSegments(HealthPath)
            || (developmentIssuer.Value.Enabled && context.Request.Path.StartsWithSegments(DevelopmentIssuerPath)))
        {
            await next(context);
            return;
        }

        var slug = tenants.Resolve(context.Request);
        var relativePath = context.Request.Path;
        if (slug is not null && relativePath.StartsWithSegments(slug.TenantPathBase, out var remaining))
        {
            relativePath = remaining;
        }

        if (routes.Current.Match(relativePath, namesTenant: slug is not null) is not { } match)
        {
            await GatewayProblems.WriteAsync(context, StatusCodes.Status404NotFound, "Not found.");
            return;
        }

        if (!RequestBodyLimit.TryApply(context, match.Route.MaxRequestBodySize))
        {
            await RequestBodyLimit.RefuseAsync(context);
            return;
        }

        CallerResult caller;
        try
        {
            caller = await callers.AuthenticateAsync(context);
        }
        catch (SignInUnavailableException ex)
        {
            LogSignInUnavailable(logger, ex);
            await GatewayProblems.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Signed-in callers cannot be resolved right now.", retryAfter: GatewayProblems.DefaultRetryAfter);
            return;
        }

        if (caller.Caller is null)
        {
            LogRejectedToken(logger, caller.Failure);
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await GatewayProblems.WriteAsync(context, StatusCodes.Status401Unauthorized, "The bearer token is invalid, expired or from an untrusted issuer.");
            return;
        }

        TenantInfo? tenant = null;
        if (slug is not null)
        {
            tenant = await AdmitAsync(context, slug.Slug, caller.Caller);
            if (tenant is null)
            {
                return;
            }
        }

        var token = tokens.Issue(caller.Caller.Subject, tenant?.Id, caller.Caller.RolesIn(tenant?.Id));
        await dispatcher.DispatchAsync(new ForwardRequest(context, match, tenant, slug?.TenantPathBase ?? PathString.Empty, token), next);
    }

    /// <summary>The admitted tenant, or <see langword="null"/> when the answer has been written.</summary>
    private async Task<TenantInfo?> AdmitAsync(HttpContext context, string slug, Caller caller)
    {
        TenantAdmission admission;
        try
        {
            admission = await tenants.AdmitAsync(slug, caller, context.RequestAborted);
        }
        catch (TenantStoreUnavailableException ex)
        {
            LogTenantStoreUnavailable(logger, ex);
            await GatewayProblems.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Tenants cannot be looked up right now.", retryAfter: GatewayProblems.DefaultRetryAfter);
            return null;
        }

        switch (admission.Outcome)
        {
            case TenantAdmissionOutcome.Admitted:
                return admission.Tenant;
            case TenantAdmissionOutcome.Suspended:
                await GatewayProblems.WriteAsync(context, StatusCodes.Status403Forbidden, "This tenant is suspended.", GatewayProblems.TenantSuspendedType);
                return null;
            default:
                await GatewayProblems.WriteAsync(context, StatusCodes.Status404NotFound, "Not found.");
                return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Bearer token rejected: {Reason}")]
    private static partial void LogRejectedToken(ILogger logger, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in resolution unavailable; answering 503")]
    private static partial void LogSignInUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant directory unavailable; answering 503")]
    private static partial void LogTenantStoreUnavailable(ILogger logger, Exception exception);
}
