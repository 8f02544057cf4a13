using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Spp.Grains;
using Spp.Improvement.Enrolments;
using Spp.Improvement.Schools;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Improvement.Api;

/// <summary>
/// A tenant's enrolments of schools (<c>/api/v1/enrolments</c>): tenant admins enrol and withdraw; every
/// member of the tenant reads. The enrolment key includes the caller's tenant, so another tenant's
/// enrolment of the same school is simply not found.
/// </summary>
public static class EnrolmentsApi
{
    private const string Base = "/api/v1/enrolments";

    /// <summary>Maps the enrolment routes.</summary>
    public static RouteGroupBuilder MapEnrolmentsApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Base)
            .WithDescribedTag("Enrolments", "The schools a tenant has enrolled: enrolled and withdrawn by its administrators, read by every member.")
            .RequireAuthorization(ImprovementPolicies.TenantMember)
            .AddEndpointFilter<PreconditionFailedFilter>();
        group.MapPost("/", Enrol).WithName("EnrolSchool").AcceptsIdempotencyKey().ProducesValidationProblems().ProducesRuleViolations();
        group.MapGet("/", ListEnrolments).WithName("ListEnrolments").ProducesValidationProblems();
        group.MapGet("/{urn:int}", GetEnrolment).WithName("GetEnrolment");
        group.MapPost("/{urn:int}/withdraw", Withdraw).WithName("WithdrawSchool").RequiresIfMatch().ProducesTransitionConflicts();
        return group;
    }

    /// <summary>
    /// Enrols a school. The enrolment's key is the tenant and the URN, so a retry (with or without the same
    /// <c>Idempotency-Key</c>) addresses the same enrolment and returns it as the first call left it.
    /// </summary>
    internal static async Task<Results<Created<EnrolmentView>, ValidationProblem, ProblemHttpResult>> Enrol(
        EnrolSchoolRequest request, Caller caller, IGrainFactory grains, HttpResponse response)
    {
        if (!caller.IsTenantAdmin)
        {
            return Forbidden("Only the tenant's administrators enrol schools.");
        }

        if (request.Urn is not { } urn || urn is <= 0 or > SchoolRegisterRules.MaxUrn)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["urn"] = [$"Give the school's URN, a whole number from 1 to {SchoolRegisterRules.MaxUrn}."] });
        }

        var enrolment = await Enrolment(grains, caller, urn).Enrol();
        response.Headers.ETag = enrolment.ETag;
        return TypedResults.Created($"{Base}/{urn.ToString(CultureInfo.InvariantCulture)}", enrolment);
    }

    internal static async Task<Results<Ok<EnrolmentPage>, ValidationProblem>> ListEnrolments(int? limit, string? cursor, Caller caller, IGrainFactory grains)
    {
        var errors = PageCursor.Validate(limit, cursor, p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var after = cursor is null ? 0 : int.Parse(PageCursor.Decode(cursor)!, CultureInfo.InvariantCulture);
        var page = await grains.GetGrain<ITenantEnrolmentsGrain>(caller.TenantId!.Value).Page(after, limit ?? PageCursor.DefaultLimit);
        var items = new List<EnrolmentView>(page.Urns.Count);
        foreach (var urn in page.Urns)
        {
            // The index is written before the enrolment; a URN whose enrolment never completed is left out.
            if (await Find(Enrolment(grains, caller, urn)) is { } enrolment)
            {
                items.Add(enrolment);
            }
        }

        var next = page.HasMore ? PageCursor.Encode(page.Urns[^1].ToString(CultureInfo.InvariantCulture)) : null;
        return TypedResults.Ok(new EnrolmentPage(items, next));
    }

    internal static async Task<Ok<EnrolmentView>> GetEnrolment(int urn, Caller caller, IGrainFactory grains, HttpResponse response)
    {
        var enrolment = await Enrolment(grains, caller, urn).Get();
        response.Headers.ETag = enrolment.ETag;
        return TypedResults.Ok(enrolment);
    }

    internal static async Task<Results<Ok<EnrolmentView>, ProblemHttpResult>> Withdraw(int urn, Caller caller, IGrainFactory grains, HttpContext context)
    {
        var enrolments = Enrolment(grains, caller, urn);
        if (!caller.IsTenantAdmin)
        {
            // Not found stays not found for everyone; only then does the role matter.
            await enrolments.Get();
            return Forbidden("Only the tenant's administrators withdraw schools.");
        }

        var (ifMatch, missing) = Preconditions.RequireIfMatch(context.Request);
        if (missing is not null)
        {
            return missing;
        }

        var enrolment = await enrolments.Withdraw(ifMatch);
        context.Response.Headers.ETag = enrolment.ETag;
        return TypedResults.Ok(enrolment);
    }

    private static IEnrolmentGrain Enrolment(IGrainFactory grains, Caller caller, int urn) =>
        grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(caller.TenantId!.Value, urn));

    private static async Task<EnrolmentView?> Find(IEnrolmentGrain enrolment)
    {
        try
        {
            return await enrolment.Get();
        }
        catch (GrainNotFoundException)
        {
            return null;
        }
    }

    private static ProblemHttpResult Forbidden(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Your role may not do this.", detail: detail, type: "https://spp-platform.org/problems/forbidden");
}
