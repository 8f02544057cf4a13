using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Spp.Grains;
using Spp.Improvement.Cycles;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Improvement.Api;

/// <summary>Evidence and findings of the peer review: read only by those who see findings (others get 404).</summary>
public static partial class CyclesApi
{
    private static void MapEvidence(RouteGroupBuilder group)
    {
        group.MapGet("/evidence", ListEvidence).WithName("ListEvidence").ProducesValidationProblems();
        group.MapPost("/evidence", RecordEvidence).Accepts<EvidenceRequest>("application/json").WithName("RecordEvidence")
            .AcceptsIdempotencyKey().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapPatch("/evidence/{evidenceId:guid}", (Guid id, Guid evidenceId, JsonBody<EvidenceRequest> body, Caller caller, IGrainFactory grains, HttpContext context) =>
            Command(context, body, CyclesApiMapping.Evidence, (draft, ifMatch) => Grain(grains, id).ChangeEvidence(As(caller), evidenceId, draft, ifMatch)))
            .Accepts<EvidenceRequest>("application/json")
            .WithName("ChangeEvidence").RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapDelete("/evidence/{evidenceId:guid}", (Guid id, Guid evidenceId, Caller caller, IGrainFactory grains, HttpContext context) =>
            Command(context, ifMatch => Grain(grains, id).ChangeEvidence(As(caller), evidenceId, null, ifMatch)))
            .WithName("RemoveEvidence").RequiresIfMatch().ProducesRuleViolations().ProducesTransitionConflicts();
    }

    private static void MapFindings(RouteGroupBuilder group)
    {
        group.MapGet("/findings", ListFindings).WithName("ListFindings").ProducesValidationProblems();
        group.MapPost("/findings", DraftFinding).Accepts<FindingRequest>("application/json").WithName("DraftFinding")
            .AcceptsIdempotencyKey().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapPatch("/findings/{findingId:guid}", (Guid id, Guid findingId, JsonBody<FindingRequest> body, Caller caller, IGrainFactory grains, HttpContext context) =>
            Command(context, body, CyclesApiMapping.Finding, (draft, ifMatch) => Grain(grains, id).ChangeFinding(As(caller), findingId, draft, ifMatch)))
            .Accepts<FindingRequest>("application/json")
            .WithName("ChangeFinding").RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapDelete("/findings/{findingId:guid}", (Guid id, Guid findingId, Caller caller, IGrainFactory grains, HttpContext context) =>
            Command(context, ifMatch => Grain(grains, id).ChangeFinding(As(caller), findingId, null, ifMatch)))
            .WithName("RemoveFinding").RequiresIfMatch().ProducesRuleViolations().ProducesTransitionConflicts();
        group.MapPost("/findings/share", (Guid id, Caller caller, IGrainFactory grains, HttpContext context) =>
            Command(context, ifMatch => Grain(grains, id).ShareFindings(As(caller), ifMatch)))
            .WithName("ShareFindings").RequiresIfMatch().ProducesRuleViolations().ProducesTransitionConflicts();
    }

    internal static async Task<Results<Ok<Page<EvidenceRecord>>, ValidationProblem, NotFound>> ListEvidence(
        Guid id, int? limit, string? cursor, Caller caller, IGrainFactory grains, HttpResponse response)
    {
        var view = await Grain(grains, id).Read(As(caller));
        if (view.Evidence is null)
        {
            return TypedResults.NotFound();
        }

        var (page, errors) = CyclesApiPaging.Of(view.Evidence.Evidence, e => e.Id, limit, cursor);
        response.Headers.ETag = view.ETag;
        return errors is not null ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(page);
    }

    internal static async Task<Results<Ok<Page<Finding>>, ValidationProblem, NotFound>> ListFindings(
        Guid id, int? limit, string? cursor, Caller caller, IGrainFactory grains, HttpResponse response)
    {
        var view = await Grain(grains, id).Read(As(caller));
        if (view.Evidence is null)
        {
            return TypedResults.NotFound();
        }

        var (page, errors) = CyclesApiPaging.Of(view.Evidence.Findings, f => f.Id, limit, cursor);
        response.Headers.ETag = view.ETag;
        return errors is not null ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(page);
    }

    internal static async Task<Results<Created<EvidenceRecord>, ValidationProblem>> RecordEvidence(
        Guid id,
        JsonBody<EvidenceRequest> body,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        Caller caller,
        IGrainFactory grains,
        TimeProvider time,
        HttpResponse response)
    {
        if (body.Errors is { } unreadable)
        {
            return TypedResults.ValidationProblem(unreadable);
        }

        var (draft, errors) = CyclesApiMapping.Evidence(body.Value!);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var evidenceId = NewId(caller, id, "evidence", idempotencyKey, time);
        var view = await Grain(grains, id).RecordEvidence(As(caller), evidenceId, draft);
        response.Headers.ETag = view.ETag;
        return TypedResults.Created($"/api/v1/cycles/{id}/evidence/{evidenceId}", view.Evidence!.Evidence.Single(e => e.Id == evidenceId));
    }

    internal static async Task<Results<Created<Finding>, ValidationProblem>> DraftFinding(
        Guid id,
        JsonBody<FindingRequest> body,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        Caller caller,
        IGrainFactory grains,
        TimeProvider time,
        HttpResponse response)
    {
        if (body.Errors is { } unreadable)
        {
            return TypedResults.ValidationProblem(unreadable);
        }

        var (draft, errors) = CyclesApiMapping.Finding(body.Value!);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var findingId = NewId(caller, id, "finding", idempotencyKey, time);
        var view = await Grain(grains, id).DraftFinding(As(caller), findingId, draft);
        response.Headers.ETag = view.ETag;
        return TypedResults.Created($"/api/v1/cycles/{id}/findings/{findingId}", view.Evidence!.Findings.Single(f => f.Id == findingId));
    }
}
