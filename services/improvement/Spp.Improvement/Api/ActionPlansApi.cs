using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Spp.Contracts.Actions;
using Spp.Grains;
using Spp.Improvement.Actions;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Improvement.Api;

/// <summary>
/// A cycle's action plan (stage 5) and school-to-school support, at
/// <c>/api/v1/cycles/{cycleId}/action-plan</c>; impact routes are in <see cref="ImpactApi"/>. The ETag
/// of every response is the plan's: one version covers actions, support and impact.
/// </summary>
public static class ActionPlansApi
{
    /// <summary>Maps the action plan, support and impact routes.</summary>
    public static RouteGroupBuilder MapActionPlansApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/cycles/{cycleId:guid}/action-plan")
            .WithDescribedTag("Action plans", "A review cycle's action plan (stage 5), school-to-school support and impact (stage 6).")
            .RequireAuthorization(ImprovementPolicies.TenantMember)
            .AddEndpointFilter<PreconditionFailedFilter>();
        group.MapGet("/", GetPlan).WithName("GetActionPlan");
        group.MapPost("/actions", AddAction).AcceptsIdempotencyKey().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapGet("/actions/{actionId:guid}", GetAction).WithName("GetAction");
        group.MapPatch("/actions/{actionId:guid}", ChangeAction).RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapPost("/actions/{actionId:guid}/status-updates", ReportStatus).AcceptsIdempotencyKey().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapPost("/support", ProposeSupport).AcceptsIdempotencyKey().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapPost("/support/{supportId:guid}/accept", AcceptSupport).RequiresIfMatch().ProducesTransitionConflicts();
        group.MapPost("/support/{supportId:guid}/decline", DeclineSupport).RequiresIfMatch().ProducesTransitionConflicts();
        group.MapPost("/support/{supportId:guid}/complete", CompleteSupport).RequiresIfMatch().ProducesTransitionConflicts();
        group.MapImpactRoutes();
        return group;
    }

    internal static async Task<Ok<ActionPlanView>> GetPlan(Guid cycleId, Caller caller, IActionPlanLinks links, IGrainFactory grains, HttpResponse response)
    {
        var plan = await Plan(grains, cycleId).Get(await ActorAsync(links, cycleId, caller));
        response.Headers.ETag = plan.ETag;
        return TypedResults.Ok(plan);
    }

    internal static async Task<Results<Ok<ActionView>, NotFound>> GetAction(
        Guid cycleId, Guid actionId, Caller caller, IActionPlanLinks links, IGrainFactory grains, HttpResponse response)
    {
        var plan = await Plan(grains, cycleId).Get(await ActorAsync(links, cycleId, caller));
        if (plan.Actions.FirstOrDefault(a => a.Id == actionId) is not { } action)
        {
            return TypedResults.NotFound();
        }

        response.Headers.ETag = plan.ETag;
        return TypedResults.Ok(action);
    }

    internal static async Task<Results<Created<ActionView>, ValidationProblem>> AddAction(
        Guid cycleId,
        CreateActionRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        Caller caller,
        IActionPlanLinks links,
        IGrainFactory grains,
        TimeProvider time,
        HttpResponse response)
    {
        var draft = new ActionDraft(request.Title!, request.Description, request.OwnerId, request.DueOn, request.SuccessMeasure, request.Priority);
        if (ActionPlanRules.Validate(draft) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var actor = await ActorAsync(links, cycleId, caller);
        var id = IdempotentIds.For(actor.PersonId.ToString(), $"action:{cycleId}", idempotencyKey, time);
        var change = await Plan(grains, cycleId).AddAction(actor, id, draft);
        await NoteOwnerAsync(links, actor, change.Item.OwnerId);
        response.Headers.ETag = change.ETag;
        return TypedResults.Created($"/api/v1/cycles/{cycleId}/action-plan/actions/{id}", change.Item);
    }

    internal static async Task<Results<Ok<ActionView>, ValidationProblem, ProblemHttpResult>> ChangeAction(
        Guid cycleId, Guid actionId, ChangeActionRequest request, Caller caller, IActionPlanLinks links, IGrainFactory grains, HttpContext context)
    {
        var (ifMatch, missing) = Preconditions.RequireIfMatch(context.Request);
        if (missing is not null)
        {
            return missing;
        }

        var edit = new ActionEdit(request.Title, request.Description, request.OwnerId, request.DueOn, request.SuccessMeasure, request.Priority);
        if (ActionPlanRules.Validate(edit) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var actor = await ActorAsync(links, cycleId, caller);
        var change = await Plan(grains, cycleId).ChangeAction(actor, actionId, edit, ifMatch);
        await NoteOwnerAsync(links, actor, change.Item.OwnerId);
        context.Response.Headers.ETag = change.ETag;
        return TypedResults.Ok(change.Item);
    }

    internal static async Task<Results<Created<ActionView>, ValidationProblem>> ReportStatus(
        Guid cycleId,
        Guid actionId,
        StatusUpdateRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        Caller caller,
        IActionPlanLinks links,
        IGrainFactory grains,
        TimeProvider time,
        HttpResponse response)
    {
        var errors = ActionPlanRules.ValidateNote(request.Note);
        var status = ActionPlanRequestParsing.Enum<ActionStatus>(request.Status, "status", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var actor = await ActorAsync(links, cycleId, caller);
        var id = IdempotentIds.For(actor.PersonId.ToString(), $"status-update:{actionId}", idempotencyKey, time);
        var change = await Plan(grains, cycleId).ReportStatus(actor, actionId, id, status!.Value, request.Note);
        response.Headers.ETag = change.ETag;
        return TypedResults.Created($"/api/v1/cycles/{cycleId}/action-plan/actions/{actionId}", change.Item);
    }

    internal static async Task<Results<Created<SupportArrangement>, ValidationProblem>> ProposeSupport(
        Guid cycleId,
        SupportRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        Caller caller,
        IActionPlanLinks links,
        IGrainFactory grains,
        TimeProvider time,
        HttpResponse response)
    {
        var errors = new Dictionary<string, string[]>();
        var from = ActionPlanRequestParsing.Required(request.FromUrn, "fromUrn", errors);
        var to = ActionPlanRequestParsing.Required(request.ToUrn, "toUrn", errors);
        var actionId = ActionPlanRequestParsing.Required(request.ActionId, "actionId", errors);
        var proposal = new SupportProposal(from ?? 0, to ?? 0, actionId ?? Guid.Empty, request.Description!);
        if (errors.With(ActionPlanRules.Validate(proposal)).Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var actor = await ActorAsync(links, cycleId, caller);
        var id = IdempotentIds.For(actor.PersonId.ToString(), $"support:{cycleId}", idempotencyKey, time);
        var change = await Plan(grains, cycleId).ProposeSupport(actor, id, proposal);
        response.Headers.ETag = change.ETag;
        return TypedResults.Created($"/api/v1/cycles/{cycleId}/action-plan", change.Item);
    }

    internal static Task<Results<Ok<SupportArrangement>, ProblemHttpResult>> AcceptSupport(
        Guid cycleId, Guid supportId, Caller caller, IActionPlanLinks links, IGrainFactory grains, HttpContext context) =>
        AnswerSupport(cycleId, supportId, SupportAnswer.Accept, caller, links, grains, context);

    internal static Task<Results<Ok<SupportArrangement>, ProblemHttpResult>> DeclineSupport(
        Guid cycleId, Guid supportId, Caller caller, IActionPlanLinks links, IGrainFactory grains, HttpContext context) =>
        AnswerSupport(cycleId, supportId, SupportAnswer.Decline, caller, links, grains, context);

    internal static Task<Results<Ok<SupportArrangement>, ProblemHttpResult>> CompleteSupport(
        Guid cycleId, Guid supportId, Caller caller, IActionPlanLinks links, IGrainFactory grains, HttpContext context) =>
        AnswerSupport(cycleId, supportId, SupportAnswer.Complete, caller, links, grains, context);

    private static async Task<Results<Ok<SupportArrangement>, ProblemHttpResult>> AnswerSupport(
        Guid cycleId, Guid supportId, SupportAnswer answer, Caller caller, IActionPlanLinks links, IGrainFactory grains, HttpContext context)
    {
        var (ifMatch, missing) = Preconditions.RequireIfMatch(context.Request);
        if (missing is not null)
        {
            return missing;
        }

        var actor = await ActorAsync(links, cycleId, caller);
        var change = await Plan(grains, cycleId).AnswerSupport(actor, supportId, answer, ifMatch);
        context.Response.Headers.ETag = change.ETag;
        return TypedResults.Ok(change.Item);
    }

    internal static IActionPlanGrain Plan(IGrainFactory grains, Guid cycleId) => grains.GetGrain<IActionPlanGrain>(cycleId);

    /// <summary>The caller as the plan sees them; the TenantMember policy guarantees a person and a tenant.</summary>
    internal static Task<PlanActor> ActorAsync(IActionPlanLinks links, Guid cycleId, Caller caller) =>
        links.ActorAsync(cycleId, caller.TenantId!.Value, caller.PersonId!.Value, caller.SchoolUrns);

    /// <summary>
    /// After the plan is stored: cross-grain calls are not transactional, and a retried request (same
    /// Idempotency-Key or If-Match) notes the owner again, so the person's index converges.
    /// </summary>
    private static async Task NoteOwnerAsync(IActionPlanLinks links, PlanActor actor, Guid? ownerId)
    {
        if (ownerId is { } owner)
        {
            await links.NoteOwnerAsync(actor.Cycle.TenantId, actor.Cycle.CycleId, owner);
        }
    }
}
