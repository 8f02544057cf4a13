using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Spp.Grains;
using Spp.Improvement.Indexes;
using Spp.Improvement.Partnerships;
using Spp.Improvement.Rounds;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Improvement.Api;

/// <summary>
/// Review rounds and their rota: scheduled under a partnership at
/// <c>/api/v1/partnerships/{id}/rounds</c>, then at <c>/api/v1/rounds/{id}</c>. Any member of the
/// tenant reads them; tenant admins and the partnership's facilitator plan and start them.
/// </summary>
public static class RoundsApi
{
    private const string Route = "/api/v1/rounds";

    /// <summary>Maps the round routes.</summary>
    public static IEndpointRouteBuilder MapRoundsApiV1(this IEndpointRouteBuilder app)
    {
        var underPartnership = app.MapGroup("/api/v1/partnerships/{partnershipId:guid}/rounds")
            .WithDescribedTag("Rounds", "Review rounds of a partnership and their review rota; starting a round opens each school's review cycle.")
            .RequireAuthorization(ImprovementPolicies.TenantMember)
            .AddEndpointFilter<PreconditionFailedFilter>();
        underPartnership.MapPost("/", ScheduleRound).WithName("ScheduleRound").AcceptsIdempotencyKey().ProducesValidationProblems().ProducesRuleViolations();
        underPartnership.MapGet("/", ListRounds).WithName("ListRounds").ProducesValidationProblems();

        var rounds = app.MapGroup(Route)
            .WithDescribedTag("Rounds", "Review rounds of a partnership and their review rota; starting a round opens each school's review cycle.")
            .RequireAuthorization(ImprovementPolicies.TenantMember)
            .AddEndpointFilter<PreconditionFailedFilter>();
        rounds.MapGet("/{id:guid}", GetRound).WithName("GetRound");
        rounds.MapPost("/{id:guid}/rota/proposal", ProposeRota).WithName("ProposeRota").RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        rounds.MapPut("/{id:guid}/rota", SetRota).WithName("SetRota").RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        rounds.MapPost("/{id:guid}/start", StartRound).WithName("StartRound").RequiresIfMatch().ProducesRuleViolations().ProducesTransitionConflicts();
        return app;
    }

    internal static async Task<Results<Created<RoundView>, ValidationProblem, ProblemHttpResult>> ScheduleRound(
        Guid partnershipId,
        CreateRoundRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        Caller caller,
        IGrainFactory grains,
        TimeProvider time,
        HttpResponse response)
    {
        var partnership = await PartnershipsApi.VisibleAsync(grains, partnershipId, caller);
        if (!MayPlan(caller, partnership))
        {
            return PartnershipsApi.Forbidden("Only the tenant's administrators and the partnership's facilitator schedule rounds.");
        }

        var errors = new Dictionary<string, string[]>();
        if (RoundRules.NameProblem(request.Name) is { } nameProblem)
        {
            errors["name"] = [nameProblem];
        }

        if (request.WindowStarts is null)
        {
            errors["windowStarts"] = ["Give the first day of the round's window (yyyy-MM-dd)."];
        }

        if (request.WindowEnds is null)
        {
            errors["windowEnds"] = ["Give the last day of the round's window (yyyy-MM-dd)."];
        }
        else if (request.WindowStarts is { } starts && RoundRules.WindowProblem(starts, request.WindowEnds.Value) is { } windowProblem)
        {
            errors["windowEnds"] = [windowProblem];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var id = IdempotentIds.For(caller.PersonId!.Value.ToString(), $"round/{partnershipId:N}", idempotencyKey, time);
        var round = await grains.GetGrain<IRoundGrain>(id).Schedule(
            new RoundScheduling(partnership.TenantId, partnershipId, request.Name!, request.WindowStarts!.Value, request.WindowEnds!.Value));
        response.Headers.ETag = round.ETag;
        return TypedResults.Created($"{Route}/{round.Id}", round);
    }

    internal static async Task<Results<Ok<RoundPage>, ValidationProblem>> ListRounds(
        Guid partnershipId, [FromQuery] string? limit, [FromQuery] string? cursor, Caller caller, IGrainFactory grains)
    {
        await PartnershipsApi.VisibleAsync(grains, partnershipId, caller);
        var (after, size, errors) = IdCursor.Parse(limit, cursor);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await grains.GetGrain<IIdIndexGrain>(IdIndexKeys.RoundsOf(partnershipId)).Page(after, size);
        var items = new List<RoundView>(page.Ids.Count);
        foreach (var id in page.Ids)
        {
            // The index is written before the round: an id whose scheduling never completed is skipped.
            if (await FindAsync(grains, id, caller) is { } round)
            {
                items.Add(round);
            }
        }

        return TypedResults.Ok(new RoundPage(items, IdCursor.Encode(page.Next)));
    }

    internal static async Task<Ok<RoundView>> GetRound(Guid id, Caller caller, IGrainFactory grains, HttpResponse response) =>
        Respond(response, await VisibleAsync(grains, id, caller));

    internal static async Task<Results<Ok<RoundView>, ValidationProblem, ProblemHttpResult>> ProposeRota(
        Guid id, ProposeRotaRequest? request, Caller caller, IGrainFactory grains, HttpContext context)
    {
        if (await PlanningRefusedAsync(grains, id, caller, context) is { } refused)
        {
            return refused;
        }

        if (request?.ExtraReviewers is < 0 or > RotaOptions.MaxExtraReviewers)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["extraReviewers"] = [$"Use 0 to {RotaOptions.MaxExtraReviewers}."] });
        }

        return Respond(context.Response, await grains.GetGrain<IRoundGrain>(id).ProposeRota(request?.ExtraReviewers, PartnershipsApi.IfMatch(context)));
    }

    internal static async Task<Results<Ok<RoundView>, ValidationProblem, ProblemHttpResult>> SetRota(
        Guid id, SetRotaRequest request, Caller caller, IGrainFactory grains, HttpContext context)
    {
        if (await PlanningRefusedAsync(grains, id, caller, context) is { } refused)
        {
            return refused;
        }

        var errors = RotaErrors(request.Rota);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var rota = request.Rota!.Select(e => new RotaEntry(
            e!.Urn!.Value,
            e.LeadReviewer is { } lead ? new ReviewerView(lead.PersonId!.Value, lead.Urn!.Value) : null,
            [.. (e.Reviewers ?? []).Select(r => new ReviewerView(r!.PersonId!.Value, r.Urn!.Value))])).ToList();
        return Respond(context.Response, await grains.GetGrain<IRoundGrain>(id).SetRota(rota, PartnershipsApi.IfMatch(context)));
    }

    internal static async Task<Results<Ok<RoundView>, ProblemHttpResult>> StartRound(Guid id, Caller caller, IGrainFactory grains, HttpContext context)
    {
        if (await PlanningRefusedAsync(grains, id, caller, context) is { } refused)
        {
            return refused;
        }

        return Respond(context.Response, await grains.GetGrain<IRoundGrain>(id).Start(PartnershipsApi.IfMatch(context)));
    }

    private static bool MayPlan(Caller caller, PartnershipView partnership) =>
        caller.IsTenantAdmin || (partnership.FacilitatorId is { } facilitator && facilitator == caller.PersonId);

    /// <summary>404 for another tenant's round, 403 unless a tenant admin or the facilitator, 428 without If-Match; null when the change may go ahead.</summary>
    private static async Task<ProblemHttpResult?> PlanningRefusedAsync(IGrainFactory grains, Guid id, Caller caller, HttpContext context)
    {
        var round = await VisibleAsync(grains, id, caller);
        var partnership = await PartnershipsApi.VisibleAsync(grains, round.PartnershipId, caller);
        if (!MayPlan(caller, partnership))
        {
            return PartnershipsApi.Forbidden("Only the tenant's administrators and the partnership's facilitator plan and start rounds.");
        }

        return Preconditions.RequireIfMatch(context.Request).Missing;
    }

    private static async Task<RoundView> VisibleAsync(IGrainFactory grains, Guid id, Caller caller) =>
        await FindAsync(grains, id, caller) ?? throw new GrainNotFoundException("The round");

    private static async Task<RoundView?> FindAsync(IGrainFactory grains, Guid id, Caller caller)
    {
        try
        {
            var round = await grains.GetGrain<IRoundGrain>(id).Get();
            return round.TenantId == caller.TenantId ? round : null;
        }
        catch (GrainNotFoundException)
        {
            return null;
        }
    }

    private static Dictionary<string, string[]> RotaErrors(IReadOnlyList<RotaEntryRequest?>? rota)
    {
        var errors = new Dictionary<string, string[]>();
        if (rota is null)
        {
            errors["rota"] = ["Give the whole rota, one entry per school."];
            return errors;
        }

        if (rota.Count > 50)
        {
            errors["rota"] = ["A rota has at most one entry per school."];
        }

        for (var i = 0; i < rota.Count; i++)
        {
            var entry = rota[i];
            AddError(errors, $"rota[{i}].urn", PartnershipsApi.UrnProblem(entry?.Urn));
            if (entry?.LeadReviewer is { } lead)
            {
                ReviewerErrors(errors, $"rota[{i}].leadReviewer", lead);
            }

            var reviewers = entry?.Reviewers ?? [];
            if (reviewers.Count > 20)
            {
                errors[$"rota[{i}].reviewers"] = ["Name at most 20 reviewers."];
            }

            for (var j = 0; j < reviewers.Count; j++)
            {
                if (reviewers[j] is { } reviewer)
                {
                    ReviewerErrors(errors, $"rota[{i}].reviewers[{j}]", reviewer);
                }
                else
                {
                    errors[$"rota[{i}].reviewers[{j}]"] = ["Give the reviewer's person id and school URN."];
                }
            }
        }

        if (rota.Where(e => e?.Urn is not null).GroupBy(e => e!.Urn).Any(g => g.Count() > 1))
        {
            errors["rota"] = ["Give one entry per school."];
        }

        return errors;
    }

    private static void ReviewerErrors(Dictionary<string, string[]> errors, string field, ReviewerRequest reviewer)
    {
        if (reviewer.PersonId is not { } person || person == Guid.Empty)
        {
            errors[field + ".personId"] = ["Give the reviewer's person id."];
        }

        AddError(errors, field + ".urn", PartnershipsApi.UrnProblem(reviewer.Urn));
    }

    private static void AddError(Dictionary<string, string[]> errors, string field, string? problem)
    {
        if (problem is not null)
        {
            errors[field] = [problem];
        }
    }

    private static Ok<RoundView> Respond(HttpResponse response, RoundView round)
    {
        response.Headers.ETag = round.ETag;
        return TypedResults.Ok(round);
    }
}
