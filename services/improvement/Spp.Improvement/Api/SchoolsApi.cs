using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Spp.Grains;
using Spp.Improvement.Enrolments;
using Spp.Improvement.Schools;
using Spp.Improvement.Tenants;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Improvement.Api;

/// <summary>
/// The national school register: searched by tenant members enrolling schools (<c>/api/v1/schools/register</c>),
/// and read and moved between tenants by the national team (<c>/api/v1/platform/schools</c>).
/// </summary>
public static class SchoolsApi
{
    /// <summary>Maps the register routes.</summary>
    public static IEndpointRouteBuilder MapSchoolsApiV1(this IEndpointRouteBuilder app)
    {
        var register = app.MapGroup("/api/v1/schools/register")
            .WithDescribedTag("School register", "The national register of schools (GIAS), its imports and transfers between tenants.")
            .RequireAuthorization(ImprovementPolicies.TenantMember);
        register.MapGet("/", SearchRegister).WithName("SearchSchoolRegister").ProducesValidationProblems();
        register.MapGet("/{urn:int}", GetRegisterSchool).WithName("GetRegisterSchool");

        var platform = app.MapGroup("/api/v1/platform/schools")
            .WithDescribedTag("School register", "The national register of schools (GIAS), its imports and transfers between tenants.")
            .RequireAuthorization(ImprovementPolicies.NationalTeam)
            .AddEndpointFilter<PreconditionFailedFilter>();
        platform.MapGet("/{urn:int}", GetSchool).WithName("GetSchool");
        platform.MapPost("/{urn:int}/transfer", TransferSchool).WithName("TransferSchool")
            .RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        return app;
    }

    internal static async Task<Results<Ok<RegisterPage>, ValidationProblem>> SearchRegister(
        string? q, int? limit, string? cursor, Caller caller, SchoolRegisterSearch search, CancellationToken cancellationToken)
    {
        var errors = PageCursor.Validate(limit, cursor, p => RegisterPosition.Parse(p) is not null);
        if (q is { Length: > 100 })
        {
            errors["q"] = ["Search with at most 100 characters of a name or a URN."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var after = cursor is null ? null : RegisterPosition.Parse(PageCursor.Decode(cursor)!);
        var (schools, hasMore) = await search.FindAsync(q, after, limit ?? PageCursor.DefaultLimit, cancellationToken);
        var next = hasMore ? PageCursor.Encode(new RegisterPosition(schools[^1].SearchName, schools[^1].Urn).Format()) : null;
        return TypedResults.Ok(new RegisterPage([.. schools.Select(s => RegisterSchoolView.Of(s, caller.TenantId!.Value))], next));
    }

    internal static async Task<Ok<RegisterSchoolView>> GetRegisterSchool(int urn, Caller caller, IGrainFactory grains)
    {
        var school = await School(grains, urn).Get();
        var state = new SchoolState
        {
            Urn = school.Urn, Name = school.Name, EducationPhase = school.EducationPhase, LocalAuthority = school.LocalAuthority,
            Region = school.Region, Trust = school.Trust, Status = school.Status, EnrolledTenantId = school.EnrolledTenantId,
        };
        return TypedResults.Ok(RegisterSchoolView.Of(state, caller.TenantId!.Value));
    }

    internal static async Task<Ok<SchoolView>> GetSchool(int urn, IGrainFactory grains, HttpResponse response)
    {
        var school = await School(grains, urn).Get();
        response.Headers.ETag = school.ETag;
        return TypedResults.Ok(school);
    }

    /// <summary>
    /// Moves a school between tenants. Each step is idempotent, so a retry of the same request (same If-Match)
    /// finishes a transfer that stopped part-way: the old enrolment ends (refused while the school is in a
    /// partnership), the school moves, and the new tenant's enrolment starts.
    /// </summary>
    internal static async Task<Results<Ok<SchoolView>, ValidationProblem, ProblemHttpResult>> TransferSchool(
        int urn, TransferSchoolRequest request, IGrainFactory grains, HttpContext context)
    {
        var (ifMatch, missing) = Preconditions.RequireIfMatch(context.Request);
        if (missing is not null)
        {
            return missing;
        }

        if (request.ToTenantId is not { } to || to == Guid.Empty)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["toTenantId"] = ["Name the tenant to move the school to."] });
        }

        try
        {
            await grains.GetGrain<ITenantGrain>(to).Get();
        }
        catch (GrainNotFoundException)
        {
            throw new RuleViolationException("tenant-not-found", "There is no tenant with that id.");
        }

        var school = School(grains, urn);
        var from = await school.TransferSource(to, ifMatch);
        await grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(from, urn)).EndByTransfer(to);
        await school.Transfer(from, to, ifMatch);
        await grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(to, urn)).EnrolByTransfer(from);
        var moved = await school.Get();
        context.Response.Headers.ETag = moved.ETag;
        return TypedResults.Ok(moved);
    }

    private static ISchoolGrain School(IGrainFactory grains, int urn) => grains.GetGrain<ISchoolGrain>(urn.ToString(CultureInfo.InvariantCulture));
}
