using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Spp.Grains;
using Spp.Improvement.Attachments;
using Spp.Improvement.Cycles;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Improvement.Api;

/// <summary>
/// Files on the evidence records of a review cycle. The bytes live in <see cref="EvidenceAttachmentStore"/>;
/// the cycle grain decides who may add, read and remove them and holds the link. File names may
/// mention pupils: they are answered only to people who may read the evidence, never in a problem.
/// </summary>
public static class AttachmentsApi
{
    private const string Root = "/api/v1/cycles/{cycleId:guid}/evidence/{evidenceId:guid}/attachments";
    private const string ProblemBase = "https://spp-platform.org/problems/";

    /// <summary>Maps the attachment routes.</summary>
    public static RouteGroupBuilder MapAttachmentsApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Root)
            .WithDescribedTag("Evidence attachments", "Files attached to a review cycle's evidence records: uploaded, downloaded and removed by the review team.")
            .RequireAuthorization(ImprovementPolicies.TenantMember)
            .AddEndpointFilter<PreconditionFailedFilter>();
        group.MapPost("/", Upload).WithName("UploadEvidenceAttachment").DisableAntiforgery()
            .AddOpenApiOperationTransformer(UploadDescription.Of(AttachmentFileTypes.Allowed, "The file's bytes, with its type as Content-Type and its name in Content-Disposition."))
            .AcceptsIdempotencyKey().ProducesValidationProblems().ProducesRuleViolations().ProducesTransitionConflicts()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge, ProblemResponses.ContentType)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType, ProblemResponses.ContentType);
        group.MapGet("/{attachmentId:guid}", Download).WithName("DownloadEvidenceAttachment")
            .Produces<Stream>(StatusCodes.Status200OK, AttachmentFileTypes.Allowed.First(), [.. AttachmentFileTypes.Allowed.Skip(1)]);
        group.MapDelete("/{attachmentId:guid}", Remove).WithName("RemoveEvidenceAttachment")
            .RequiresIfMatch().ProducesTransitionConflicts().ProducesRuleViolations();
        return group;
    }

    internal static async Task<Results<Created<EvidenceAttachment>, ValidationProblem, ProblemHttpResult>> Upload(
        Guid cycleId,
        Guid evidenceId,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        Caller caller,
        IGrainFactory grains,
        EvidenceAttachmentStore store,
        IOptions<AttachmentOptions> options,
        TimeProvider time,
        HttpContext context)
    {
        var (person, tenant) = (caller.PersonId!.Value, caller.TenantId!.Value);
        var cycle = grains.GetGrain<IReviewCycleGrain>(cycleId);
        if (await CycleOfTenant(cycle, tenant) is null)
        {
            return NotFound();
        }

        // Refuse before reading a byte whoever could never attach here; the grain checks the full rules after.
        var participation = await cycle.ParticipationOf(person);
        if (!participation.SeesFindings)
        {
            return NotFound();
        }

        if (!participation.IsLeadReviewer && !participation.IsReviewer)
        {
            return Forbidden("Only the review team may attach files to evidence.");
        }

        var request = context.Request;
        var fileName = AttachmentFileName.From(request);
        if (AttachmentFileName.Problem(fileName) is { } nameProblem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["filename"] = [nameProblem] });
        }

        if (AttachmentFileTypes.Normalise(request.ContentType) is not { } contentType)
        {
            return UnsupportedType();
        }

        var limit = options.Value.MaxBytes;
        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        var id = IdempotentIds.For($"{tenant}/{person}", $"evidence-attachment/{cycleId}/{evidenceId}", idempotencyKey, time);
        if (await store.FindAsync(id, context.RequestAborted) is { } earlier)
        {
            // A retried upload: the first file, linked again in case the first attempt stopped before linking.
            return await Link(cycle, store, person, earlier, context);
        }

        // The store stops reading at the limit; the server's own cap only has to stay out of its way.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit + AttachmentOptions.ChunkBytes;
        }

        var upload = new AttachmentUpload(id, tenant, cycleId, evidenceId, person, fileName!, contentType);
        AttachmentStoreResult stored;
        try
        {
            stored = await store.StoreAsync(upload, request.Body, context.RequestAborted);
        }
        catch (AttachmentExistsException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This upload is already in progress.", type: ProblemBase + "upload-in-progress");
        }

        return stored.Outcome switch
        {
            AttachmentStoreOutcome.Stored => await Link(cycle, store, person, stored.Attachment!, context),
            AttachmentStoreOutcome.TooLarge => TooLarge(limit),
            AttachmentStoreOutcome.Empty => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["The file is empty."] }),
            _ => UnsupportedType(),
        };
    }

    internal static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Download(
        Guid cycleId, Guid evidenceId, Guid attachmentId, Caller caller, IGrainFactory grains, EvidenceAttachmentStore store, HttpContext context)
    {
        var cycle = grains.GetGrain<IReviewCycleGrain>(cycleId);
        if (await Readable(cycle, caller, evidenceId, attachmentId) is not { } attachment
            || await store.FindAsync(attachmentId, context.RequestAborted) is not { } stored)
        {
            return NotFound();
        }

        var response = context.Response;
        response.ContentLength = stored.Length;
        response.Headers.CacheControl = "private, no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(stored.Sha256))}:";
        return TypedResults.Stream(
            body => store.CopyToAsync(attachmentId, body, context.RequestAborted),
            attachment.ContentType,
            attachment.FileName);
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> Remove(
        Guid cycleId, Guid evidenceId, Guid attachmentId, Caller caller, IGrainFactory grains, EvidenceAttachmentStore store, HttpContext context)
    {
        var (ifMatch, missing) = Preconditions.RequireIfMatch(context.Request);
        if (missing is not null)
        {
            return missing;
        }

        var cycle = grains.GetGrain<IReviewCycleGrain>(cycleId);
        if (await Readable(cycle, caller, evidenceId, attachmentId) is null)
        {
            return NotFound();
        }

        // The cycle's remove takes no ETag, so the check is made here against the version just read.
        var current = (await cycle.Summary()).ETag;
        if (!ifMatch!.Split(',').Select(t => t.Trim()).Any(t => t == "*" || t == current))
        {
            throw new ETagMismatchException(current);
        }

        // Marked first, so that bytes surviving a crash below are found by the sweep, which asks the cycle.
        await store.MarkUnlinkedAsync(attachmentId, context.RequestAborted);
        try
        {
            await cycle.RemoveEvidenceAttachment(caller.PersonId!.Value, attachmentId);
        }
        catch (Exception ex)
        {
            await store.MarkLinkedAsync(attachmentId, CancellationToken.None);
            if (ex is CycleForbiddenException forbidden)
            {
                return Forbidden(forbidden.Message);
            }

            throw;
        }

        await store.DeleteAsync(attachmentId, CancellationToken.None);
        context.Response.Headers.ETag = (await cycle.Summary()).ETag;
        return TypedResults.NoContent();
    }

    /// <summary>Links stored bytes to their evidence; when the cycle refuses, the bytes are deleted and the refusal answered.</summary>
    private static async Task<Results<Created<EvidenceAttachment>, ValidationProblem, ProblemHttpResult>> Link(
        IReviewCycleGrain cycle, EvidenceAttachmentStore store, Guid person, StoredAttachment stored, HttpContext context)
    {
        var attachment = new EvidenceAttachment(stored.Id, stored.EvidenceId, stored.FileName, stored.ContentType, stored.Length, stored.Sha256, stored.StoredAt, stored.UploadedBy);
        try
        {
            await cycle.AddEvidenceAttachment(person, attachment);
        }
        catch (Exception ex)
        {
            if (!stored.IsLinked)
            {
                await store.DeleteAsync(stored.Id, CancellationToken.None);
            }

            if (ex is CycleForbiddenException forbidden)
            {
                return Forbidden(forbidden.Message);
            }

            throw;
        }

        await store.MarkLinkedAsync(stored.Id, CancellationToken.None);
        // The cycle's ETag: what a later DELETE of this attachment sends in If-Match.
        context.Response.Headers.ETag = (await cycle.Summary()).ETag;
        var path = context.Request.Path.Value!.TrimEnd('/');
        return TypedResults.Created($"{path}/{stored.Id}", attachment);
    }

    /// <summary>The attachment when the caller may read that evidence of a cycle of their tenant, otherwise null.</summary>
    private static async Task<EvidenceAttachment?> Readable(IReviewCycleGrain cycle, Caller caller, Guid evidenceId, Guid attachmentId)
    {
        if (await CycleOfTenant(cycle, caller.TenantId!.Value) is null)
        {
            return null;
        }

        var attachment = await cycle.FindEvidenceAttachment(caller.PersonId!.Value, attachmentId);
        return attachment?.EvidenceId == evidenceId ? attachment : null;
    }

    private static async Task<CycleSummary?> CycleOfTenant(IReviewCycleGrain cycle, Guid tenantId)
    {
        try
        {
            var summary = await cycle.Summary();
            return summary.TenantId == tenantId ? summary : null;
        }
        catch (GrainNotFoundException)
        {
            return null;
        }
    }

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", type: ProblemBase + "not-found");

    private static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Your role on this cycle may not do this.", detail: detail, type: ProblemBase + "forbidden");

    private static ProblemHttpResult UnsupportedType() => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "This type of file cannot be attached.",
        detail: $"Send one of {string.Join(", ", AttachmentFileTypes.Allowed)}, with the matching Content-Type.",
        type: ProblemBase + "unsupported-attachment-type");

    private static ProblemHttpResult TooLarge(long limit) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The file is too large.",
        detail: $"Attach files of at most {limit} bytes.",
        type: ProblemBase + "attachment-too-large");
}
