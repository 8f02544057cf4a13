using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Spp.Grains;
using Spp.Improvement.Cycles;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Improvement.Api;

/// <summary>Self-review, review plan, workshop, action plan, close, pause and resume.</summary>
public static partial class CyclesApi
{
    private static void MapSelfReview(RouteGroupBuilder group)
    {
        group.MapPost("/long-list", ProposeLongListItem).Accepts<LongListItemRequest>("application/json").WithName("ProposeLongListItem")
            .AcceptsIdempotencyKey().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapPatch("/long-list/{itemId:guid}", EditLongListItem).Accepts<LongListItemRequest>("application/json").WithName("EditLongListItem")
            .RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapDelete("/long-list/{itemId:guid}", RemoveLongListItem).WithName("RemoveLongListItem")
            .RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapPut("/focus", ChooseFocus).Accepts<EnquiryFocusRequest>("application/json").WithName("ChooseEnquiryFocus")
            .RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapPost("/submit", (Guid id, Caller caller, IGrainFactory grains, HttpContext context) =>
            Command(context, ifMatch => Grain(grains, id).SubmitSelfReview(As(caller), ifMatch)))
            .WithName("SubmitSelfReview").RequiresIfMatch().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapPost("/reopen", (Guid id, Caller caller, IGrainFactory grains, HttpContext context) =>
            Command(context, ifMatch => Grain(grains, id).ReopenSelfReview(As(caller), ifMatch)))
            .WithName("ReopenSelfReview").RequiresIfMatch().ProducesRuleViolations().ProducesTransitionConflicts();
    }

    private static void MapReviewPlan(RouteGroupBuilder group)
    {
        group.MapPut("/", (Guid id, JsonBody<ReviewPlanRequest> body, Caller caller, IGrainFactory grains, HttpContext context) =>
            Command(context, body, CyclesApiMapping.Plan, (plan, ifMatch) => Grain(grains, id).ProposeReviewPlan(As(caller), plan, ifMatch)))
            .Accepts<ReviewPlanRequest>("application/json")
            .WithName("ProposeReviewPlan").RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapPost("/agree", (Guid id, Caller caller, IGrainFactory grains, HttpContext context) =>
            Command(context, ifMatch => Grain(grains, id).AgreeReviewPlan(As(caller), ifMatch)))
            .WithName("AgreeReviewPlan").RequiresIfMatch().ProducesRuleViolations().ProducesTransitionConflicts();
    }

    private static void MapLaterStages(RouteGroupBuilder group)
    {
        group.MapPut("/sharing", (Guid id, JsonBody<SharingRequest> body, Caller caller, IGrainFactory grains, HttpContext context) =>
            Command(
                context,
                body,
                r => (new FindingsSharing(r.PersonIds ?? [], r.Partnership ?? false, r.TenantAdmins ?? false), CyclesApiMapping.Sharing(r)),
                (sharing, ifMatch) => Grain(grains, id).ShareFindingsWith(As(caller), sharing, ifMatch)))
            .Accepts<SharingRequest>("application/json")
            .WithName("ShareFindingsWith").RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapPut("/workshop/champion", (Guid id, JsonBody<CycleChampionRequest> body, Caller caller, IGrainFactory grains, HttpContext context) =>
            Command(
                context,
                body,
                r => (new ChampionAssignment(r.PersonId ?? Guid.Empty, r.Urn ?? 0), CyclesApiMapping.Champion(r)),
                (champion, ifMatch) => Grain(grains, id).AssignChampion(As(caller), champion, ifMatch)))
            .Accepts<CycleChampionRequest>("application/json")
            .WithName("AssignCycleChampion").RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapPost("/workshop/held", (Guid id, JsonBody<WorkshopRequest> body, Caller caller, IGrainFactory grains, HttpContext context) =>
            Command(context, body, CyclesApiMapping.Workshop, (report, ifMatch) => Grain(grains, id).RecordWorkshopHeld(As(caller), report, ifMatch)))
            .Accepts<WorkshopRequest>("application/json")
            .WithName("RecordWorkshopHeld").RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapPost("/action-plan/agree", (Guid id, Caller caller, IGrainFactory grains, HttpContext context) =>
            Command(context, ifMatch => Grain(grains, id).AgreeActionPlan(As(caller), ifMatch)))
            .WithName("AgreeActionPlan").RequiresIfMatch().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapPost("/close", (Guid id, JsonBody<CloseRequest> body, Caller caller, IGrainFactory grains, HttpContext context) =>
            Command(
                context,
                body,
                r => (r.Summary ?? string.Empty, CycleInputRules.Text("summary", r.Summary)),
                (summary, ifMatch) => Grain(grains, id).ConfirmClose(As(caller), summary, ifMatch)))
            .Accepts<CloseRequest>("application/json")
            .WithName("CloseCycle").RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapPost("/pause", (Guid id, JsonBody<PauseRequest> body, Caller caller, IGrainFactory grains, HttpContext context) =>
            Command(
                context,
                body,
                r => (r.Reason ?? string.Empty, CycleInputRules.Text("reason", r.Reason, CycleInputRules.MaxShortText)),
                (reason, ifMatch) => Grain(grains, id).Pause(As(caller), reason, ifMatch)))
            .Accepts<PauseRequest>("application/json")
            .WithName("PauseCycle").RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapPost("/resume", (Guid id, Caller caller, IGrainFactory grains, HttpContext context) =>
            Command(context, ifMatch => Grain(grains, id).Resume(As(caller), ifMatch)))
            .WithName("ResumeCycle").RequiresIfMatch().ProducesRuleViolations().ProducesTransitionConflicts();
    }

    internal static async Task<Results<Created<LongListItem>, ValidationProblem>> ProposeLongListItem(
        Guid id,
        JsonBody<LongListItemRequest> body,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        Caller caller,
        IGrainFactory grains,
        TimeProvider time,
        HttpResponse response)
    {
        var errors = body.Errors ?? CycleInputRules.Text("text", body.Value!.Text, CycleInputRules.MaxShortText);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var itemId = NewId(caller, id, "long-list", idempotencyKey, time);
        var view = await Grain(grains, id).ProposeLongListItem(As(caller), itemId, body.Value!.Text!);
        response.Headers.ETag = view.ETag;
        var item = view.SelfReview!.LongList.Single(i => i.Id == itemId);
        return TypedResults.Created($"/api/v1/cycles/{id}/self-review/long-list/{itemId}", item);
    }

    internal static Task<Results<Ok<CycleView>, ValidationProblem, ProblemHttpResult>> EditLongListItem(
        Guid id, Guid itemId, JsonBody<LongListItemRequest> body, Caller caller, IGrainFactory grains, HttpContext context) =>
        Command(
            context,
            body,
            r => (r.Text ?? string.Empty, CycleInputRules.Text("text", r.Text, CycleInputRules.MaxShortText)),
            (text, ifMatch) => Grain(grains, id).EditLongListItem(As(caller), itemId, text, ifMatch));

    internal static Task<Results<Ok<CycleView>, ValidationProblem, ProblemHttpResult>> RemoveLongListItem(
        Guid id, Guid itemId, Caller caller, IGrainFactory grains, HttpContext context) =>
        Command(context, ifMatch => Grain(grains, id).EditLongListItem(As(caller), itemId, null, ifMatch));

    internal static Task<Results<Ok<CycleView>, ValidationProblem, ProblemHttpResult>> ChooseFocus(
        Guid id, JsonBody<EnquiryFocusRequest> body, Caller caller, IGrainFactory grains, HttpContext context) =>
        Command(context, body, CyclesApiMapping.Focus, (focus, ifMatch) => Grain(grains, id).ChooseEnquiryFocus(As(caller), focus, ifMatch));
}
