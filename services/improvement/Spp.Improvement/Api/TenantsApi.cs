using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Spp.Grains;
using Spp.Improvement.Tenants;
using Spp.ServiceDefaults.OpenApi;
using Spp.Tenancy;

namespace Spp.Improvement.Api;

/// <summary>
/// Tenant administration: for the national team at <c>/api/v1/platform/tenants</c>, and for other
/// services and the admin command at <c>/internal/tenants</c> (never exposed by the gateway).
/// </summary>
public static class TenantsApi
{
    /// <summary>Maps the national team's tenant routes.</summary>
    public static RouteGroupBuilder MapPlatformTenantsApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/platform/tenants")
            .WithDescribedTag("Tenants", "Delivery-partner tenants: created, renamed, suspended and reinstated by the national team.")
            .RequireAuthorization(ImprovementPolicies.NationalTeam)
            .AddEndpointFilter<PreconditionFailedFilter>();
        MapTenantCommands(group);
        group.MapGet("/{id:guid}", GetTenant).WithName("GetTenant");
        return group;
    }

    /// <summary>Maps the internal tenant routes (service-to-service tokens only).</summary>
    public static RouteGroupBuilder MapInternalTenantsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/internal/tenants")
            .ExcludeFromDescription()
            .RequireAuthorization(ImprovementPolicies.InternalCaller)
            .AddEndpointFilter<PreconditionFailedFilter>();
        MapTenantCommands(group);
        group.MapGet("/by-slug/{slug}", GetBySlug);
        return group;
    }

    private static void MapTenantCommands(RouteGroupBuilder group)
    {
        group.MapPost("/", CreateTenant).AcceptsIdempotencyKey().ProducesValidationProblems().ProducesRuleViolations();
        group.MapPatch("/{id:guid}", RenameTenant).RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations();
        group.MapPost("/{id:guid}/suspend", SuspendTenant).RequiresIfMatch().ProducesValidationProblems().ProducesTransitionConflicts();
        group.MapPost("/{id:guid}/reinstate", ReinstateTenant).RequiresIfMatch().ProducesTransitionConflicts();
    }

    internal static async Task<Results<Created<TenantView>, ValidationProblem>> CreateTenant(
        CreateTenantRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal caller,
        IGrainFactory grains,
        TimeProvider time,
        HttpResponse response)
    {
        var errors = TenantRules.Validate(request.Slug, request.Name);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var id = IdempotentIds.For(caller.GetSubject() ?? "unknown", "tenant", idempotencyKey, time);
        var tenant = await grains.GetGrain<ITenantGrain>(id).Create(request.Slug!, request.Name!);
        response.Headers.ETag = tenant.ETag;
        return TypedResults.Created($"/api/v1/platform/tenants/{tenant.Id}", tenant);
    }

    internal static async Task<Ok<TenantView>> GetTenant(Guid id, IGrainFactory grains, HttpResponse response)
    {
        var tenant = await grains.GetGrain<ITenantGrain>(id).Get();
        response.Headers.ETag = tenant.ETag;
        return TypedResults.Ok(tenant);
    }

    internal static async Task<Results<Ok<TenantDirectoryEntry>, NotFound>> GetBySlug(string slug, IGrainFactory grains)
    {
        if (!TenantSlug.IsValid(slug) || await grains.GetGrain<ITenantSlugGrain>(slug).Owner() is not { } id)
        {
            return TypedResults.NotFound();
        }

        var tenant = await grains.GetGrain<ITenantGrain>(id).Get();
        return TypedResults.Ok(new TenantDirectoryEntry(tenant.Id, tenant.Slug, tenant.Name, tenant.Status.ToString()));
    }

    internal static async Task<Results<Ok<TenantView>, ValidationProblem, ProblemHttpResult>> RenameTenant(
        Guid id, RenameTenantRequest request, IGrainFactory grains, HttpContext context)
    {
        var (ifMatch, missing) = Preconditions.RequireIfMatch(context.Request);
        if (missing is not null)
        {
            return missing;
        }

        if (TenantRules.NameProblem(request.Name) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = [problem] });
        }

        return Respond(context, await grains.GetGrain<ITenantGrain>(id).Rename(request.Name!, ifMatch));
    }

    internal static async Task<Results<Ok<TenantView>, ValidationProblem, ProblemHttpResult>> SuspendTenant(
        Guid id, SuspendTenantRequest request, IGrainFactory grains, HttpContext context)
    {
        var (ifMatch, missing) = Preconditions.RequireIfMatch(context.Request);
        if (missing is not null)
        {
            return missing;
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 500)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["Give a reason of at most 500 characters."] });
        }

        return Respond(context, await grains.GetGrain<ITenantGrain>(id).Suspend(request.Reason, ifMatch));
    }

    internal static async Task<Results<Ok<TenantView>, ProblemHttpResult>> ReinstateTenant(Guid id, IGrainFactory grains, HttpContext context)
    {
        var (ifMatch, missing) = Preconditions.RequireIfMatch(context.Request);
        if (missing is not null)
        {
            return missing;
        }

        return Respond(context, await grains.GetGrain<ITenantGrain>(id).Reinstate(ifMatch));
    }

    private static Ok<TenantView> Respond(HttpContext context, TenantView tenant)
    {
        context.Response.Headers.ETag = tenant.ETag;
        return TypedResults.Ok(tenant);
    }
}
