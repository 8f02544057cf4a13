using Microsoft.AspNetCore.Http.HttpResults;
using Spp.Grains;
using Spp.Improvement.Cycles;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Improvement.Api;

/// <summary>
/// A tenant's review cycles at <c>/api/v1/cycles/{id}</c>: reading (shaped by who reads) and each
/// stage's commands. Roles on the cycle come from the grain's state on every call; a cycle of
/// another tenant, or one the caller may not see, is 404.
/// </summary>
public static partial class CyclesApi
{
    /// <summary>Maps the cycle routes.</summary>
    public static RouteGroupBuilder MapCyclesApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/cycles/{id:guid}")
            .WithDescribedTag("Review cycles", "A school's review cycle through its stages: self-review, evidence, peer review, findings and their sign-off.")
            .RequireAuthorization(ImprovementPolicies.TenantMember)
            .AddEndpointFilter<PreconditionFailedFilter>();
        group.MapGet("/", GetCycle).WithName("GetCycle");
        group.MapPut("/team", ChangeTeam).Accepts<ReviewTeamRequest>("application/json").WithName("ChangeReviewTeam")
            .RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapPut("/visit-days", SetVisitDays).Accepts<VisitDaysRequest>("application/json").WithName("SetVisitDays")
            .RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        MapSelfReview(group.MapGroup("/self-review"));
        MapReviewPlan(group.MapGroup("/review-plan"));
        MapEvidence(group);
        MapFindings(group);
        MapLaterStages(group);
        return group;
    }

    internal static async Task<Ok<CycleView>> GetCycle(Guid id, Caller caller, IGrainFactory grains, HttpResponse response) =>
        Respond(response, await Grain(grains, id).Read(As(caller)));

    internal static Task<Results<Ok<CycleView>, ValidationProblem, ProblemHttpResult>> ChangeTeam(Guid id, JsonBody<ReviewTeamRequest> body, Caller caller, IGrainFactory grains, HttpContext context) =>
        Command(context, body, r => CyclesApiMapping.Team(0, r), (team, ifMatch) => Grain(grains, id).AdjustTeam(As(caller), team, ifMatch));

    internal static Task<Results<Ok<CycleView>, ValidationProblem, ProblemHttpResult>> SetVisitDays(Guid id, JsonBody<VisitDaysRequest> body, Caller caller, IGrainFactory grains, HttpContext context) =>
        Command(
            context,
            body,
            r => (r.VisitDays ?? [], CycleInputRules.VisitDays(r.VisitDays)),
            (days, ifMatch) => Grain(grains, id).SetVisitDays(As(caller), days, ifMatch));

    private static IReviewCycleGrain Grain(IGrainFactory grains, Guid id) => grains.GetGrain<IReviewCycleGrain>(id);

    /// <summary>The caller as the cycle sees them; the TenantMember policy guarantees a person and a tenant.</summary>
    private static CycleCaller As(Caller caller) =>
        new(caller.PersonId ?? throw new InvalidOperationException("No person."), caller.TenantId ?? throw new InvalidOperationException("No tenant."), caller.IsTenantAdmin, caller.SchoolUrns);

    private static Ok<CycleView> Respond(HttpResponse response, CycleView view)
    {
        response.Headers.ETag = view.ETag;
        return TypedResults.Ok(view);
    }

    /// <summary>An update or transition with no body: If-Match required (428), then the command.</summary>
    private static async Task<Results<Ok<CycleView>, ValidationProblem, ProblemHttpResult>> Command(HttpContext context, Func<string, Task<CycleView>> command)
    {
        var (ifMatch, missing) = Preconditions.RequireIfMatch(context.Request);
        if (missing is not null)
        {
            return missing;
        }

        return Respond(context.Response, await command(ifMatch!));
    }

    /// <summary>An update or transition with a body: If-Match (428), the body read and checked (400), then the command.</summary>
    private static async Task<Results<Ok<CycleView>, ValidationProblem, ProblemHttpResult>> Command<TRequest, TInput>(
        HttpContext context,
        JsonBody<TRequest> body,
        Func<TRequest, (TInput Input, Dictionary<string, string[]> Errors)> map,
        Func<TInput, string, Task<CycleView>> command)
        where TRequest : class
    {
        var (ifMatch, missing) = Preconditions.RequireIfMatch(context.Request);
        if (missing is not null)
        {
            return missing;
        }

        if (body.Errors is { } unreadable)
        {
            return TypedResults.ValidationProblem(unreadable);
        }

        var (input, errors) = map(body.Value!);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return Respond(context.Response, await command(input, ifMatch!));
    }

    /// <summary>The id a create addresses: derived from the Idempotency-Key when given, so a retry returns the first result.</summary>
    private static Guid NewId(Caller caller, Guid cycleId, string what, string? idempotencyKey, TimeProvider time) =>
        IdempotentIds.For(caller.PersonId?.ToString() ?? "unknown", $"cycle/{cycleId}/{what}", idempotencyKey, time);
}
