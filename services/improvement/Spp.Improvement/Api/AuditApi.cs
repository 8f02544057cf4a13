using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Spp.Grains.Hosting.Audit;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Improvement.Api;

/// <summary>A tenant's audit trail, for its administrators: who changed what, when, before and after.</summary>
public static class AuditApi
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 200;

    /// <summary>Maps <c>GET /api/v1/audit</c>.</summary>
    public static RouteGroupBuilder MapAuditApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/audit")
            .WithDescribedTag("Audit", "The tenant's audit trail of who changed what and when, for tenant administrators.")
            .RequireAuthorization(ImprovementPolicies.TenantMember);
        group.MapGet("/", ReadTrail).WithName("GetAuditTrail").ProducesValidationProblems();
        return group;
    }

    internal static async Task<Results<Ok<AuditPage>, ValidationProblem, ProblemHttpResult>> ReadTrail(
        Caller caller,
        IAuditTrail trail,
        string? resourceType,
        string? resourceId,
        int? limit,
        string? cursor,
        CancellationToken cancellationToken)
    {
        if (!caller.IsTenantAdmin)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only the tenant's administrators read its audit trail.", type: "https://spp-platform.org/problems/forbidden");
        }

        var errors = new Dictionary<string, string[]>();
        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"Use 1–{MaxLimit}."];
        }

        long after = 0;
        if (cursor is not null && !long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out after))
        {
            errors["cursor"] = ["Use the nextCursor of the previous page."];
        }

        if (resourceId is not null && resourceType is null)
        {
            errors["resourceType"] = ["Name the resource type when naming a resource id."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var size = limit ?? DefaultLimit;
        var entries = await trail.ReadAsync(caller.TenantId!.Value, resourceType, resourceId, after, size, cancellationToken);
        var next = entries.Count == size ? entries[^1].Position.ToString(CultureInfo.InvariantCulture) : null;
        return TypedResults.Ok(new AuditPage([.. entries.Select(AuditRecordView.From)], next));
    }
}

/// <summary>A page of the audit trail; <paramref name="NextCursor"/> is null on the last page.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRecordView> Items, string? NextCursor);

/// <summary>One change as the audit API shows it.</summary>
public sealed record AuditRecordView(string ResourceType, string ResourceId, long Version, string Actor, string Operation, DateTimeOffset At, IReadOnlyList<AuditChange> Changes)
{
    internal static AuditRecordView From(AuditEntry e) => new(e.GrainType, e.GrainKey, e.Version, e.Actor, e.Operation, e.At, e.Changes);
}
