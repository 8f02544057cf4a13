using System.Text;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Spp.Contracts.Identity;
using Spp.ServiceDefaults.OpenApi;
using Spp.Storage;

namespace Spp.Reporting.Api;

/// <summary>The national team's list of tenants and their status, from the tenant summary projection.</summary>
public static class TenantSummaryApi
{
    /// <summary>Maps <c>GET /api/v1/platform/reports/tenants</c>.</summary>
    public static RouteGroupBuilder MapTenantSummaryApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/platform/reports")
            .WithDescribedTag("Reports", "Aggregates across tenants for the national team; never a review's contents.")
            .RequireAuthorization(p => p.RequireAuthenticatedUser().RequireClaim(PlatformClaims.Role, PlatformRoles.NationalTeam));
        group.MapGet("/tenants", ListTenants);
        return group;
    }

    internal static async Task<Results<Ok<TenantSummaryPage>, ValidationProblem>> ListTenants(ReportingDatabase database, int? limit, string? cursor, CancellationToken cancellationToken)
    {
        var (pageSize, after, errors) = Paging.Parse(limit, cursor);
        if (errors is not null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // PostgreSQL's uuid needs the cast; SQLite's column is TEXT already, and a cast there leaves the
        // column without a declared type, which an empty result reports as a BLOB (Dapper then fails).
        var id = database.Provider == DatabaseProvider.Postgres ? "CAST(tenant_id AS TEXT)" : "tenant_id";
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<TenantSummary>(new CommandDefinition(
            $"SELECT {id} AS Id, slug AS Slug, name AS Name, status AS Status FROM tenant_summary WHERE slug > @after ORDER BY slug LIMIT @take",
            new { after, take = pageSize + 1 },
            cancellationToken: cancellationToken))).ToList();
        var next = rows.Count > pageSize ? Paging.Cursor(rows[pageSize - 1].Slug) : null;
        return TypedResults.Ok(new TenantSummaryPage([.. rows.Take(pageSize)], next));
    }
}

/// <summary>One tenant in the summary.</summary>
public sealed record TenantSummary(string Id, string Slug, string Name, string Status);

/// <summary>A page of tenants; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record TenantSummaryPage(IReadOnlyList<TenantSummary> Items, string? NextCursor);

/// <summary>Cursor paging as the API conventions fix it: <c>limit</c> default 50, at most 200.</summary>
internal static class Paging
{
    public static (int Limit, string After, Dictionary<string, string[]>? Errors) Parse(int? limit, string? cursor)
    {
        if (limit is < 1 or > 200)
        {
            return (0, string.Empty, new() { ["limit"] = ["Use a limit from 1 to 200."] });
        }

        var after = string.Empty;
        if (!string.IsNullOrEmpty(cursor))
        {
            try
            {
                after = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            }
            catch (FormatException)
            {
                return (0, string.Empty, new() { ["cursor"] = ["Use the nextCursor of the previous page."] });
            }
        }

        return (limit ?? 50, after, null);
    }

    public static string Cursor(string lastKey) => Convert.ToBase64String(Encoding.UTF8.GetBytes(lastKey));
}
