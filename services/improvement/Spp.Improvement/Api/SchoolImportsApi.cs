using System.Globalization;
using System.Net.ServerSentEvents;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Spp.Grains;
using Spp.Improvement.Schools;
using Spp.Improvement.Schools.Imports;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Improvement.Api;

/// <summary>
/// Imports of the national school register by the national team: the GIAS file is uploaded as it was
/// downloaded, spooled to local disk as it streams in, and imported in the background.
/// </summary>
public static class SchoolImportsApi
{
    private const string Base = "/api/v1/platform/school-imports";

    /// <summary>Maps the national team's import routes.</summary>
    public static RouteGroupBuilder MapSchoolImportsApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Base)
            .WithDescribedTag("School register", "The national register of schools (GIAS), its imports and transfers between tenants.")
            .RequireAuthorization(ImprovementPolicies.NationalTeam);
        group.MapPost("/", StartImport).WithName("StartSchoolImport")
            .AddOpenApiOperationTransformer(UploadDescription.Of(["text/csv"], "The GIAS establishment file exactly as downloaded (edubasealldata*.csv), streamed; up to 200 MB."))
            .AcceptsIdempotencyKey().ProducesValidationProblems().ProducesTransitionConflicts()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge, ProblemResponses.ContentType)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType, ProblemResponses.ContentType);
        group.MapGet("/{id:guid}", GetImport).WithName("GetSchoolImport").ProducesValidationProblems();
        group.MapGet("/{id:guid}/progress", ImportProgressStream).WithName("GetSchoolImportProgress");
        return group;
    }

    internal static async Task<Results<Accepted<SchoolImportView>, ProblemHttpResult>> StartImport(
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        Caller caller,
        IGrainFactory grains,
        SchoolImportQueue queue,
        IOptions<SchoolImportOptions> options,
        TimeProvider time,
        HttpContext context)
    {
        var id = IdempotentIds.For(caller.PersonId?.ToString() ?? "unknown", "school-import", idempotencyKey, time);
        var import = grains.GetGrain<ISchoolImportGrain>(id);
        if (!string.IsNullOrWhiteSpace(idempotencyKey) && await Existing(import) is { } earlier)
        {
            return TypedResults.Accepted($"{Base}/{id}", earlier);
        }

        if (context.Request.ContentType is not { } type || !type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Send the file as text/csv.",
                detail: "Upload the GIAS establishment file (edubasealldata*.csv) as it was downloaded, with Content-Type: text/csv.",
                type: "https://spp-platform.org/problems/unsupported-media-type");
        }

        var settings = options.Value;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = settings.MaxBytes;
        }

        var upload = await RegisterUpload.SpoolAsync(context.Request.Body, id, settings, context.RequestAborted);
        if (upload.Problem is { } problem)
        {
            return problem;
        }

        var started = await import.Start(caller.PersonId, upload.Bytes, upload.Encoding!.WebName, $"{Environment.MachineName}/{Environment.ProcessId}");
        await queue.EnqueueAsync(new SchoolImportJob(id, upload.SpoolFile!, upload.Encoding), context.RequestAborted);
        return TypedResults.Accepted($"{Base}/{id}", started);
    }

    internal static async Task<Results<Ok<SchoolImportReport>, ValidationProblem>> GetImport(
        Guid id, int? limit, string? cursor, IGrainFactory grains)
    {
        var errors = PageCursor.Validate(limit, cursor, p => long.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var import = grains.GetGrain<ISchoolImportGrain>(id);
        var view = await import.Get();
        var after = cursor is null ? 0 : long.Parse(PageCursor.Decode(cursor)!, CultureInfo.InvariantCulture);
        var page = await import.RejectedRows(after, limit ?? PageCursor.DefaultLimit);
        var next = page.HasMore ? PageCursor.Encode(page.Rows[^1].Line.ToString(CultureInfo.InvariantCulture)) : null;
        return TypedResults.Ok(new SchoolImportReport(view, page.Rows, next));
    }

    internal static async Task<ServerSentEventsResult<SchoolImportView>> ImportProgressStream(Guid id, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var import = grains.GetGrain<ISchoolImportGrain>(id);
        var first = await import.Get(); // 404 before the stream starts, as a problem
        return TypedResults.ServerSentEvents(Progress(import, first, cancellationToken));
    }

    // Polls the grain (whichever instance runs the import) and sends each change; the last event is "done".
    private static async IAsyncEnumerable<SseItem<SchoolImportView>> Progress(
        ISchoolImportGrain import, SchoolImportView view, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (view.Status == ImportStatus.Running)
        {
            yield return new SseItem<SchoolImportView>(view, "progress");
            var last = view;
            while (view.Status == ImportStatus.Running && view.LastReportAt == last.LastReportAt)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
                view = await import.Get();
            }
        }

        yield return new SseItem<SchoolImportView>(view, "done");
    }

    private static async Task<SchoolImportView?> Existing(ISchoolImportGrain import)
    {
        try
        {
            return await import.Get();
        }
        catch (GrainNotFoundException)
        {
            return null;
        }
    }
}

/// <summary>An import with a page of the rows it rejected.</summary>
/// <param name="NextCursor">The cursor of the next page of rejected rows, or null on the last page.</param>
public sealed record SchoolImportReport(SchoolImportView Import, IReadOnlyList<RejectedRow> RejectedRows, string? NextCursor);
