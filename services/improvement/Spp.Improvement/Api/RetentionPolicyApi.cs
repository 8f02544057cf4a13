using Microsoft.AspNetCore.Http.HttpResults;
using Spp.Grains;
using Spp.Improvement.Retention;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Improvement.Api;

/// <summary>The tenant's retention policy at <c>/api/v1/policies/retention</c>, for its administrators.</summary>
public static class RetentionPolicyApi
{
    /// <summary>Maps the retention policy routes.</summary>
    public static RouteGroupBuilder MapRetentionPolicyApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/policies/retention")
            .WithDescribedTag("Retention", "How long the tenant keeps review records before they are erased, for its administrators.")
            .RequireAuthorization(ImprovementPolicies.TenantMember)
            .AddEndpointFilter<PreconditionFailedFilter>();
        group.MapGet("/", GetPolicy).WithName("GetRetentionPolicy");
        group.MapPut("/", SetPolicy).WithName("SetRetentionPolicy")
            .RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations();
        return group;
    }

    internal static async Task<Results<Ok<RetentionPolicyView>, ProblemHttpResult>> GetPolicy(Caller caller, IGrainFactory grains, HttpResponse response)
    {
        if (!caller.IsTenantAdmin)
        {
            return Forbidden();
        }

        return Respond(response, await Policy(grains, caller).Get());
    }

    internal static async Task<Results<Ok<RetentionPolicyView>, ValidationProblem, ProblemHttpResult>> SetPolicy(
        SetRetentionPolicyRequest request, Caller caller, IGrainFactory grains, HttpContext context)
    {
        if (!caller.IsTenantAdmin)
        {
            return Forbidden();
        }

        var (ifMatch, missing) = Preconditions.RequireIfMatch(context.Request);
        if (missing is not null)
        {
            return missing;
        }

        if (RetentionRules.EvidenceMonthsProblem(request.EvidenceMonths) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["evidenceMonths"] = [problem] });
        }

        return Respond(context.Response, await Policy(grains, caller).SetEvidenceMonths(request.EvidenceMonths!.Value, caller.PersonId!.Value, ifMatch));
    }

    private static IRetentionPolicyGrain Policy(IGrainFactory grains, Caller caller) => grains.GetGrain<IRetentionPolicyGrain>(caller.TenantId!.Value);

    private static Ok<RetentionPolicyView> Respond(HttpResponse response, RetentionPolicyView policy)
    {
        response.Headers.ETag = policy.ETag;
        return TypedResults.Ok(policy);
    }

    private static ProblemHttpResult Forbidden() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Only the tenant's administrators may read or change its retention policy.",
        type: "https://spp-platform.org/problems/forbidden");
}

/// <summary>Body of a retention policy change.</summary>
public sealed record SetRetentionPolicyRequest(int? EvidenceMonths);
