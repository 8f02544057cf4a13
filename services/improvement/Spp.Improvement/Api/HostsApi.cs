using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Spp.Grains;
using Spp.Improvement.Hosts;
using Spp.Improvement.Indexes;
using Spp.Improvement.People;
using Spp.Improvement.Tenants;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Improvement.Api;

/// <summary>
/// Host organisations: the national team creates them at <c>/api/v1/platform/hosts</c>; a host's
/// administrators onboard, list, suspend and reinstate its tenants at <c>/api/v1/hosts/{hostId}</c>.
/// </summary>
public static class HostsApi
{
    /// <summary>Maps the host routes.</summary>
    public static IEndpointRouteBuilder MapHostsApiV1(this IEndpointRouteBuilder app)
    {
        var platform = app.MapGroup("/api/v1/platform/hosts")
            .WithDescribedTag("Hosts", "Host organisations: created by the national team; their administrators onboard, suspend and reinstate tenants.")
            .RequireAuthorization(ImprovementPolicies.NationalTeam)
            .AddEndpointFilter<PreconditionFailedFilter>();
        platform.MapPost("/", CreateHost).WithName("CreateHost").AcceptsIdempotencyKey().ProducesValidationProblems().ProducesRuleViolations();
        platform.MapGet("/", ListHosts).WithName("ListHosts").ProducesValidationProblems();
        platform.MapGet("/{hostId:guid}", GetHost).WithName("GetHost");
        platform.MapPatch("/{hostId:guid}", UpdateHost).WithName("UpdateHost").RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations();

        var host = app.MapGroup("/api/v1/hosts/{hostId:guid}")
            .WithDescribedTag("Hosts", "Host organisations: created by the national team; their administrators onboard, suspend and reinstate tenants.")
            .RequireAuthorization(ImprovementPolicies.SignedIn)
            .AddEndpointFilter<PreconditionFailedFilter>();
        host.MapGet("/", GetOwnHost).WithName("GetOwnHost");
        host.MapPost("/tenants", OnboardTenant).WithName("OnboardHostTenant").AcceptsIdempotencyKey().ProducesValidationProblems().ProducesRuleViolations();
        host.MapGet("/tenants", ListTenants).WithName("ListHostTenants").ProducesValidationProblems();
        host.MapPost("/tenants/{tenantId:guid}/suspend", SuspendTenant).WithName("SuspendHostTenant").RequiresIfMatch().ProducesValidationProblems().ProducesTransitionConflicts();
        host.MapPost("/tenants/{tenantId:guid}/reinstate", ReinstateTenant).WithName("ReinstateHostTenant").RequiresIfMatch().ProducesTransitionConflicts();
        return app;
    }

    internal static async Task<Results<Created<HostView>, ValidationProblem>> CreateHost(
        CreateHostRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, Caller caller, IGrainFactory grains, TimeProvider time, HttpResponse response)
    {
        var errors = new Dictionary<string, string[]>();
        if (TenantRules.NameProblem(request.Name) is { } problem)
        {
            errors["name"] = [problem];
        }

        if (request.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors["kind"] = ["Use LocalAuthority or Trust."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var id = IdempotentIds.For(caller.PersonId?.ToString() ?? "unknown", "host", idempotencyKey, time);
        var host = await grains.GetGrain<IHostGrain>(id).Create(request.Name!, request.Kind!.Value);
        response.Headers.ETag = host.ETag;
        return TypedResults.Created($"/api/v1/platform/hosts/{host.Id}", host);
    }

    internal static async Task<Results<Ok<ItemsPage<HostView>>, ValidationProblem>> ListHosts(string? limit, string? cursor, IGrainFactory grains)
    {
        var (after, size, errors) = IdCursor.Parse(limit, cursor);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await grains.GetGrain<IIdIndexGrain>(IdIndexKeys.Hosts).Page(after, size);
        var hosts = await IdCursor.LoadAsync(page.Ids, id => grains.GetGrain<IHostGrain>(id).Get());
        return TypedResults.Ok(new ItemsPage<HostView>(hosts, IdCursor.Encode(page.Next)));
    }

    internal static async Task<Ok<HostView>> GetHost(Guid hostId, IGrainFactory grains, HttpResponse response) =>
        Respond(response, await grains.GetGrain<IHostGrain>(hostId).Get());

    internal static async Task<Results<Ok<HostView>, ValidationProblem, ProblemHttpResult>> UpdateHost(
        Guid hostId, UpdateHostRequest request, IGrainFactory grains, HttpContext context)
    {
        var (ifMatch, missing) = Preconditions.RequireIfMatch(context.Request);
        if (missing is not null)
        {
            return missing;
        }

        var errors = new Dictionary<string, string[]>();
        if (request.Name is not null && TenantRules.NameProblem(request.Name) is { } problem)
        {
            errors["name"] = [problem];
        }

        if (request.Status is { } status && !Enum.IsDefined(status))
        {
            errors["status"] = ["Use Active or Inactive."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return Respond(context.Response, await grains.GetGrain<IHostGrain>(hostId).Update(request.Name, request.Status, ifMatch));
    }

    internal static async Task<Results<Ok<HostView>, ProblemHttpResult>> GetOwnHost(Guid hostId, Caller caller, IGrainFactory grains, HttpResponse response)
    {
        if (!HostAccess.MayAdminister(caller, hostId))
        {
            return HostAccess.Forbidden();
        }

        return Respond(response, await grains.GetGrain<IHostGrain>(hostId).Get());
    }

    internal static async Task<Results<Created<TenantView>, ValidationProblem, ProblemHttpResult>> OnboardTenant(
        Guid hostId, OnboardTenantRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, Caller caller, IGrainFactory grains, TimeProvider time, HttpResponse response)
    {
        if (!HostAccess.MayAdminister(caller, hostId))
        {
            return HostAccess.Forbidden();
        }

        var errors = TenantRules.Validate(request.Slug, request.Name);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if ((await grains.GetGrain<IHostGrain>(hostId).Get()).Status != HostStatus.Active)
        {
            throw new RuleViolationException("host-inactive", "An inactive host cannot onboard tenants.");
        }

        var id = IdempotentIds.For(caller.PersonId?.ToString() ?? "unknown", "tenant", idempotencyKey, time);
        var tenant = await grains.GetGrain<ITenantGrain>(id).Create(request.Slug!, request.Name!, hostId);
        await grains.GetGrain<IIdIndexGrain>(IdIndexKeys.TenantsOf(hostId)).Add(tenant.Id);
        response.Headers.ETag = tenant.ETag;
        return TypedResults.Created($"/api/v1/hosts/{hostId}/tenants/{tenant.Id}", tenant);
    }

    internal static async Task<Results<Ok<ItemsPage<TenantView>>, ValidationProblem, ProblemHttpResult>> ListTenants(
        Guid hostId, string? limit, string? cursor, Caller caller, IGrainFactory grains)
    {
        if (!HostAccess.MayAdminister(caller, hostId))
        {
            return HostAccess.Forbidden();
        }

        var (after, size, errors) = IdCursor.Parse(limit, cursor);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await grains.GetGrain<IHostGrain>(hostId).Get();
        var page = await grains.GetGrain<IIdIndexGrain>(IdIndexKeys.TenantsOf(hostId)).Page(after, size);
        var tenants = await IdCursor.LoadAsync(page.Ids, id => grains.GetGrain<ITenantGrain>(id).Get());
        return TypedResults.Ok(new ItemsPage<TenantView>(tenants, IdCursor.Encode(page.Next)));
    }

    internal static async Task<Results<Ok<TenantView>, ValidationProblem, ProblemHttpResult>> SuspendTenant(
        Guid hostId, Guid tenantId, SuspendTenantRequest request, Caller caller, IGrainFactory grains, HttpContext context)
    {
        if (!HostAccess.MayAdminister(caller, hostId))
        {
            return HostAccess.Forbidden();
        }

        var (ifMatch, missing) = Preconditions.RequireIfMatch(context.Request);
        if (missing is not null)
        {
            return missing;
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 500)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["Give a reason of at most 500 characters."] });
        }

        var tenant = await TenantOfHost(grains, hostId, tenantId);
        return Respond(context.Response, await tenant.Suspend(request.Reason, ifMatch));
    }

    internal static async Task<Results<Ok<TenantView>, ProblemHttpResult>> ReinstateTenant(Guid hostId, Guid tenantId, Caller caller, IGrainFactory grains, HttpContext context)
    {
        if (!HostAccess.MayAdminister(caller, hostId))
        {
            return HostAccess.Forbidden();
        }

        var (ifMatch, missing) = Preconditions.RequireIfMatch(context.Request);
        if (missing is not null)
        {
            return missing;
        }

        var tenant = await TenantOfHost(grains, hostId, tenantId);
        return Respond(context.Response, await tenant.Reinstate(ifMatch));
    }

    /// <summary>The tenant, when the host onboarded it; another host's tenant is not found (never revealed).</summary>
    private static async Task<ITenantGrain> TenantOfHost(IGrainFactory grains, Guid hostId, Guid tenantId)
    {
        var tenant = grains.GetGrain<ITenantGrain>(tenantId);
        return (await tenant.Get()).HostId == hostId ? tenant : throw new GrainNotFoundException("The tenant");
    }

    private static Ok<HostView> Respond(HttpResponse response, HostView host)
    {
        response.Headers.ETag = host.ETag;
        return TypedResults.Ok(host);
    }

    private static Ok<TenantView> Respond(HttpResponse response, TenantView tenant)
    {
        response.Headers.ETag = tenant.ETag;
        return TypedResults.Ok(tenant);
    }
}
