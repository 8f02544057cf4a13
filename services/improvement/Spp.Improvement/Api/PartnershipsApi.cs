using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Spp.Grains;
using Spp.Improvement.Indexes;
using Spp.Improvement.Partnerships;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Improvement.Api;

/// <summary>
/// A tenant's partnerships at <c>/api/v1/partnerships</c>: any member of the tenant reads them (stage
/// and membership are not sensitive); tenant admins change them, and a partnership's facilitator
/// manages its Improvement Champions. Another tenant's partnership is 404.
/// </summary>
public static class PartnershipsApi
{
    private const string Route = "/api/v1/partnerships";

    /// <summary>Maps the partnership routes.</summary>
    public static RouteGroupBuilder MapPartnershipsApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Route)
            .WithDescribedTag("Partnerships", "Clusters of 3–7 schools: programme phase, facilitator, Improvement Champions and member schools.")
            .RequireAuthorization(ImprovementPolicies.TenantMember)
            .AddEndpointFilter<PreconditionFailedFilter>();
        group.MapPost("/", CreatePartnership).WithName("CreatePartnership").AcceptsIdempotencyKey().ProducesValidationProblems().ProducesRuleViolations();
        group.MapGet("/", ListPartnerships).WithName("ListPartnerships").ProducesValidationProblems();
        group.MapGet("/{id:guid}", GetPartnership).WithName("GetPartnership");
        group.MapPatch("/{id:guid}", RenamePartnership).WithName("RenamePartnership").RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations();
        group.MapPut("/{id:guid}/facilitator", AssignFacilitator).WithName("AssignPartnershipFacilitator").RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations();
        group.MapPost("/{id:guid}/phase", AdvancePhase).WithName("AdvancePartnershipPhase").RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapPost("/{id:guid}/schools", AddSchool).WithName("AddPartnershipSchool").RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations();
        group.MapDelete("/{id:guid}/schools/{urn:int}", RemoveSchool).WithName("RemovePartnershipSchool").RequiresIfMatch().ProducesValidationProblems();
        group.MapPut("/{id:guid}/champions", SetChampions).WithName("SetPartnershipChampions").RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations();
        return group;
    }

    internal static async Task<Results<Created<PartnershipView>, ValidationProblem, ProblemHttpResult>> CreatePartnership(
        CreatePartnershipRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        Caller caller,
        IGrainFactory grains,
        TimeProvider time,
        HttpResponse response)
    {
        if (!caller.IsTenantAdmin)
        {
            return Forbidden("Only the tenant's administrators create partnerships.");
        }

        var errors = new Dictionary<string, string[]>();
        AddError(errors, "name", PartnershipRules.NameProblem(request.Name));
        if (request.PhaseStarts is null)
        {
            errors["phaseStarts"] = ["Give the date the phase starts (yyyy-MM-dd)."];
        }
        else
        {
            AddError(errors, "phaseEnds", PartnershipRules.PhaseDatesProblem(request.PhaseStarts.Value, request.PhaseEnds));
        }

        if (request.Phase is { } phase && !Enum.IsDefined(phase))
        {
            errors["phase"] = ["Use Build, Embed or Sustain."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var id = IdempotentIds.For(caller.PersonId!.Value.ToString(), "partnership", idempotencyKey, time);
        var partnership = await grains.GetGrain<IPartnershipGrain>(id).Create(
            new PartnershipCreation(caller.TenantId!.Value, request.Name!, request.Phase ?? ProgrammePhase.Build, request.PhaseStarts!.Value, request.PhaseEnds));
        response.Headers.ETag = partnership.ETag;
        return TypedResults.Created($"{Route}/{partnership.Id}", partnership);
    }

    internal static async Task<Results<Ok<PartnershipPage>, ValidationProblem>> ListPartnerships(
        [FromQuery] string? limit, [FromQuery] string? cursor, Caller caller, IGrainFactory grains)
    {
        var (after, size, errors) = IdCursor.Parse(limit, cursor);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await grains.GetGrain<IIdIndexGrain>(IdIndexKeys.PartnershipsOf(caller.TenantId!.Value)).Page(after, size);
        var items = new List<PartnershipView>(page.Ids.Count);
        foreach (var id in page.Ids)
        {
            // The index is written before the partnership: an id whose create never completed is skipped.
            if (await FindAsync(grains, id, caller) is { } partnership)
            {
                items.Add(partnership);
            }
        }

        return TypedResults.Ok(new PartnershipPage(items, IdCursor.Encode(page.Next)));
    }

    internal static async Task<Ok<PartnershipView>> GetPartnership(Guid id, Caller caller, IGrainFactory grains, HttpResponse response) =>
        Respond(response, await VisibleAsync(grains, id, caller));

    internal static async Task<Results<Ok<PartnershipView>, ValidationProblem, ProblemHttpResult>> RenamePartnership(
        Guid id, RenamePartnershipRequest request, Caller caller, IGrainFactory grains, HttpContext context)
    {
        if (await AdminChangeRefusedAsync(grains, id, caller, context) is { } refused)
        {
            return refused;
        }

        if (PartnershipRules.NameProblem(request.Name) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = [problem] });
        }

        return Respond(context.Response, await grains.GetGrain<IPartnershipGrain>(id).Rename(request.Name!, IfMatch(context)));
    }

    internal static async Task<Results<Ok<PartnershipView>, ValidationProblem, ProblemHttpResult>> AssignFacilitator(
        Guid id, AssignFacilitatorRequest request, Caller caller, IGrainFactory grains, HttpContext context)
    {
        if (await AdminChangeRefusedAsync(grains, id, caller, context) is { } refused)
        {
            return refused;
        }

        if (request.PersonId is not { } personId || personId == Guid.Empty)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["personId"] = ["Give the facilitator's person id."] });
        }

        return Respond(context.Response, await grains.GetGrain<IPartnershipGrain>(id).AssignFacilitator(personId, IfMatch(context)));
    }

    internal static async Task<Results<Ok<PartnershipView>, ValidationProblem, ProblemHttpResult>> AdvancePhase(
        Guid id, AdvancePhaseRequest request, Caller caller, IGrainFactory grains, HttpContext context)
    {
        if (await AdminChangeRefusedAsync(grains, id, caller, context) is { } refused)
        {
            return refused;
        }

        var errors = new Dictionary<string, string[]>();
        if (request.Phase is not { } phase || !Enum.IsDefined(phase))
        {
            errors["phase"] = ["Use Embed or Sustain: the phase to move to."];
        }

        if (request.Starts is not { } starts)
        {
            errors["starts"] = ["Give the date the new phase starts (yyyy-MM-dd)."];
        }
        else
        {
            AddError(errors, "ends", PartnershipRules.PhaseDatesProblem(starts, request.Ends));
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return Respond(context.Response, await grains.GetGrain<IPartnershipGrain>(id).AdvancePhase(request.Phase!.Value, request.Starts!.Value, request.Ends, IfMatch(context)));
    }

    internal static async Task<Results<Ok<PartnershipView>, ValidationProblem, ProblemHttpResult>> AddSchool(
        Guid id, AddSchoolRequest request, Caller caller, IGrainFactory grains, HttpContext context)
    {
        if (await AdminChangeRefusedAsync(grains, id, caller, context) is { } refused)
        {
            return refused;
        }

        if (UrnProblem(request.Urn) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["urn"] = [problem] });
        }

        return Respond(context.Response, await grains.GetGrain<IPartnershipGrain>(id).AddSchool(request.Urn!.Value, IfMatch(context)));
    }

    internal static async Task<Results<Ok<PartnershipView>, ValidationProblem, ProblemHttpResult>> RemoveSchool(
        Guid id, int urn, Caller caller, IGrainFactory grains, HttpContext context)
    {
        if (await AdminChangeRefusedAsync(grains, id, caller, context) is { } refused)
        {
            return refused;
        }

        if (UrnProblem(urn) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["urn"] = [problem] });
        }

        return Respond(context.Response, await grains.GetGrain<IPartnershipGrain>(id).RemoveSchool(urn, IfMatch(context)));
    }

    internal static async Task<Results<Ok<PartnershipView>, ValidationProblem, ProblemHttpResult>> SetChampions(
        Guid id, SetChampionsRequest request, Caller caller, IGrainFactory grains, HttpContext context)
    {
        var partnership = await VisibleAsync(grains, id, caller);
        if (!caller.IsTenantAdmin && partnership.FacilitatorId != caller.PersonId)
        {
            return Forbidden("Only the tenant's administrators and the partnership's facilitator manage its Improvement Champions.");
        }

        if (Preconditions.RequireIfMatch(context.Request).Missing is { } missing)
        {
            return missing;
        }

        var errors = ChampionErrors(request.Champions);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var champions = request.Champions!.Select(c => new ChampionView(c!.PersonId!.Value, c.Urn!.Value)).ToList();
        return Respond(context.Response, await grains.GetGrain<IPartnershipGrain>(id).SetChampions(champions, IfMatch(context)));
    }

    /// <summary>The partnership when the caller's tenant owns it; otherwise <see cref="GrainNotFoundException"/> (404: never reveal another tenant's).</summary>
    internal static async Task<PartnershipView> VisibleAsync(IGrainFactory grains, Guid id, Caller caller) =>
        await FindAsync(grains, id, caller) ?? throw new GrainNotFoundException("The partnership");

    /// <summary>A 403 problem for a signed-in member whose role may not do this.</summary>
    internal static ProblemHttpResult Forbidden(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Your role may not do this.",
        detail: detail,
        type: "https://spp-platform.org/problems/forbidden");

    internal static string IfMatch(HttpContext context) => context.Request.Headers.IfMatch.ToString();

    private static async Task<PartnershipView?> FindAsync(IGrainFactory grains, Guid id, Caller caller)
    {
        try
        {
            var partnership = await grains.GetGrain<IPartnershipGrain>(id).Get();
            return partnership.TenantId == caller.TenantId ? partnership : null;
        }
        catch (GrainNotFoundException)
        {
            return null;
        }
    }

    /// <summary>404 for another tenant's partnership, 403 unless a tenant admin, 428 without If-Match; null when the change may go ahead.</summary>
    private static async Task<ProblemHttpResult?> AdminChangeRefusedAsync(IGrainFactory grains, Guid id, Caller caller, HttpContext context)
    {
        await VisibleAsync(grains, id, caller);
        if (!caller.IsTenantAdmin)
        {
            return Forbidden("Only the tenant's administrators change partnerships.");
        }

        return Preconditions.RequireIfMatch(context.Request).Missing;
    }

    private static Dictionary<string, string[]> ChampionErrors(IReadOnlyList<ChampionRequest?>? champions)
    {
        var errors = new Dictionary<string, string[]>();
        if (champions is null)
        {
            errors["champions"] = ["Give the whole list of champions (it may be empty)."];
            return errors;
        }

        if (champions.Count > 50)
        {
            errors["champions"] = ["Name at most 50 champions."];
        }

        for (var i = 0; i < champions.Count; i++)
        {
            if (champions[i]?.PersonId is not { } person || person == Guid.Empty)
            {
                errors[$"champions[{i}].personId"] = ["Give the champion's person id."];
            }

            AddError(errors, $"champions[{i}].urn", UrnProblem(champions[i]?.Urn));
        }

        if (champions.Where(c => c?.PersonId is not null).GroupBy(c => c!.PersonId).Any(g => g.Count() > 1))
        {
            errors["champions"] = ["Name each person once."];
        }

        return errors;
    }

    internal static string? UrnProblem(int? urn) =>
        urn is null ? "Give the school's URN."
        : urn is < 100000 or > 9999999 ? "A URN is a number of six or seven digits."
        : null;

    private static void AddError(Dictionary<string, string[]> errors, string field, string? problem)
    {
        if (problem is not null)
        {
            errors[field] = [problem];
        }
    }

    private static Ok<PartnershipView> Respond(HttpResponse response, PartnershipView partnership)
    {
        response.Headers.ETag = partnership.ETag;
        return TypedResults.Ok(partnership);
    }
}
