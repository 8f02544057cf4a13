using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Spp.Contracts.Actions;
using Spp.Grains;
using Spp.Improvement.Actions;
using Spp.ServiceDefaults.OpenApi;
using static Spp.Improvement.Api.ActionPlansApi;

namespace Spp.Improvement.Api;

/// <summary>Impact (stage 6) on a cycle's action plan: measures, readings and qualitative feedback.</summary>
public static class ImpactApi
{
    internal static void MapImpactRoutes(this RouteGroupBuilder group)
    {
        group.MapPost("/measures", DefineMeasure).AcceptsIdempotencyKey().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapPost("/measures/{measureId:guid}/readings", RecordReading).AcceptsIdempotencyKey().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapPost("/feedback", RecordFeedback).AcceptsIdempotencyKey().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
    }

    internal static async Task<Results<Created<MeasureView>, ValidationProblem>> DefineMeasure(
        Guid cycleId,
        MeasureRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        Caller caller,
        IActionPlanLinks links,
        IGrainFactory grains,
        TimeProvider time,
        HttpResponse response)
    {
        var errors = new Dictionary<string, string[]>();
        var level = ActionPlanRequestParsing.Enum<ImpactLevel>(request.Level, "level", errors);
        var baseline = Point(request.Baseline, "baseline", errors);
        var target = Point(request.Target, "target", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.With(NameErrors(request.Name)));
        }

        var definition = new MeasureDefinition(level!.Value, request.Name!, request.ActionId, baseline!, target!);
        if (ActionPlanRules.Validate(definition) is { Count: > 0 } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var actor = await ActorAsync(links, cycleId, caller);
        var id = IdempotentIds.For(actor.PersonId.ToString(), $"measure:{cycleId}", idempotencyKey, time);
        var change = await Plan(grains, cycleId).DefineMeasure(actor, id, definition);
        response.Headers.ETag = change.ETag;
        return TypedResults.Created($"/api/v1/cycles/{cycleId}/action-plan", change.Item);
    }

    internal static async Task<Results<Created<MeasureView>, ValidationProblem>> RecordReading(
        Guid cycleId,
        Guid measureId,
        ReadingRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        Caller caller,
        IActionPlanLinks links,
        IGrainFactory grains,
        TimeProvider time,
        HttpResponse response)
    {
        var errors = new Dictionary<string, string[]>();
        var value = ActionPlanRequestParsing.Required(request.Value, "value", errors);
        var takenOn = ActionPlanRequestParsing.Required(request.TakenOn, "takenOn", errors);
        var reading = new ReadingInput(value ?? 0, takenOn ?? default, request.Note);
        if (errors.With(ActionPlanRules.Validate(reading)).Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var actor = await ActorAsync(links, cycleId, caller);
        var id = IdempotentIds.For(actor.PersonId.ToString(), $"reading:{measureId}", idempotencyKey, time);
        var change = await Plan(grains, cycleId).RecordReading(actor, measureId, id, reading);
        response.Headers.ETag = change.ETag;
        return TypedResults.Created($"/api/v1/cycles/{cycleId}/action-plan", change.Item);
    }

    internal static async Task<Results<Created<ImpactFeedback>, ValidationProblem>> RecordFeedback(
        Guid cycleId,
        FeedbackRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        Caller caller,
        IActionPlanLinks links,
        IGrainFactory grains,
        TimeProvider time,
        HttpResponse response)
    {
        var errors = new Dictionary<string, string[]>();
        var level = ActionPlanRequestParsing.Enum<ImpactLevel>(request.Level, "level", errors);
        var feedback = new FeedbackInput(level ?? default, request.Text!);
        if (errors.With(ActionPlanRules.Validate(feedback)).Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var actor = await ActorAsync(links, cycleId, caller);
        var id = IdempotentIds.For(actor.PersonId.ToString(), $"feedback:{cycleId}", idempotencyKey, time);
        var change = await Plan(grains, cycleId).RecordFeedback(actor, id, feedback);
        response.Headers.ETag = change.ETag;
        return TypedResults.Created($"/api/v1/cycles/{cycleId}/action-plan", change.Item);
    }

    private static MeasurePoint? Point(MeasurePointRequest? point, string field, Dictionary<string, string[]> errors)
    {
        var value = ActionPlanRequestParsing.Required(point?.Value, field + ".value", errors);
        var on = ActionPlanRequestParsing.Required(point?.On, field + ".on", errors);
        return value is { } v && on is { } d ? new MeasurePoint(v, d) : null;
    }

    private static Dictionary<string, string[]> NameErrors(string? name) =>
        string.IsNullOrWhiteSpace(name) ? new() { ["name"] = ["Required."] } : [];
}
