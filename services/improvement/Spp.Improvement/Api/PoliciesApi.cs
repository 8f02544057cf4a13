using Microsoft.AspNetCore.Http.HttpResults;
using Spp.Grains;
using Spp.Improvement.Policies;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Improvement.Api;

/// <summary>Body of a deadline policy change: every offset, in days.</summary>
public sealed record DeadlinePolicyRequest(
    int? SelfReviewDaysBeforeVisit,
    int? ReviewPlanDaysBeforeVisit,
    int? FindingsDaysAfterVisit,
    int? WorkshopDaysAfterFindings,
    int? ActionPlanDaysAfterWorkshop,
    int? ImpactReadingsPerTerm);

/// <summary>Body of a term calendar change.</summary>
public sealed record TermCalendarRequest(IReadOnlyList<SchoolTerm?>? Terms);

/// <summary>
/// The tenant's cycle policies at <c>/api/v1/policies</c>: the deadline policy and the term calendar.
/// Every member of the tenant reads them (deadlines are everyone's business); tenant admins change them.
/// </summary>
public static class PoliciesApi
{
    /// <summary>Maps the policy routes.</summary>
    public static RouteGroupBuilder MapPoliciesApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/policies")
            .WithDescribedTag("Policies", "The tenant's deadline policy (days before and after a visit) and its term calendar.")
            .RequireAuthorization(ImprovementPolicies.TenantMember)
            .AddEndpointFilter<PreconditionFailedFilter>();
        group.MapGet("/deadlines", GetDeadlines).WithName("GetDeadlinePolicy");
        group.MapPut("/deadlines", SetDeadlines).Accepts<DeadlinePolicyRequest>("application/json").WithName("SetDeadlinePolicy")
            .RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations();
        group.MapGet("/terms", GetTerms).WithName("GetTermCalendar");
        group.MapPut("/terms", SetTerms).Accepts<TermCalendarRequest>("application/json").WithName("SetTermCalendar")
            .RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations();
        return group;
    }

    internal static async Task<Ok<DeadlinePolicyView>> GetDeadlines(Caller caller, IGrainFactory grains, HttpResponse response)
    {
        var view = await Policy(grains, caller).Deadlines();
        response.Headers.ETag = view.ETag;
        return TypedResults.Ok(view);
    }

    internal static async Task<Results<Ok<DeadlinePolicyView>, ValidationProblem, ProblemHttpResult>> SetDeadlines(
        JsonBody<DeadlinePolicyRequest> body, Caller caller, IGrainFactory grains, HttpContext context)
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

        if (body.Errors is { } unreadable)
        {
            return TypedResults.ValidationProblem(unreadable);
        }

        var r = body.Value!;
        var errors = new Dictionary<string, string[]>();
        int Required(int? value, string field)
        {
            if (value is null)
            {
                errors[field] = ["This field is required."];
            }

            return value ?? 0;
        }

        var policy = new DeadlinePolicy(
            Required(r.SelfReviewDaysBeforeVisit, "selfReviewDaysBeforeVisit"),
            Required(r.ReviewPlanDaysBeforeVisit, "reviewPlanDaysBeforeVisit"),
            Required(r.FindingsDaysAfterVisit, "findingsDaysAfterVisit"),
            Required(r.WorkshopDaysAfterFindings, "workshopDaysAfterFindings"),
            Required(r.ActionPlanDaysAfterWorkshop, "actionPlanDaysAfterWorkshop"),
            Required(r.ImpactReadingsPerTerm, "impactReadingsPerTerm"));
        foreach (var (field, messages) in policy.Validate())
        {
            errors.TryAdd(field, messages);
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var view = await Policy(grains, caller).SetDeadlines(policy, ifMatch);
        context.Response.Headers.ETag = view.ETag;
        return TypedResults.Ok(view);
    }

    internal static async Task<Ok<TermCalendarView>> GetTerms(Caller caller, IGrainFactory grains, HttpResponse response)
    {
        var view = await Policy(grains, caller).Terms();
        response.Headers.ETag = view.ETag;
        return TypedResults.Ok(view);
    }

    internal static async Task<Results<Ok<TermCalendarView>, ValidationProblem, ProblemHttpResult>> SetTerms(
        JsonBody<TermCalendarRequest> body, Caller caller, IGrainFactory grains, HttpContext context)
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

        var errors = body.Errors ?? TermCalendarRules.Validate(body.Value!.Terms);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var view = await Policy(grains, caller).SetTerms([.. body.Value!.Terms!.OfType<SchoolTerm>()], ifMatch);
        context.Response.Headers.ETag = view.ETag;
        return TypedResults.Ok(view);
    }

    private static ITenantPolicyGrain Policy(IGrainFactory grains, Caller caller) =>
        grains.GetGrain<ITenantPolicyGrain>(caller.TenantId ?? throw new InvalidOperationException("No tenant."));

    private static ProblemHttpResult Forbidden() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Only tenant admins may change the tenant's policies.",
            type: "https://spp-platform.org/problems/forbidden");
}
