using Microsoft.AspNetCore.Http.HttpResults;
using Spp.Grains;
using Spp.Improvement.People;
using Spp.Improvement.Retention;
using Spp.Improvement.Tenants;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Improvement.Api;

/// <summary>
/// The signed-in person's own record at <c>/api/v1/me</c>, and the national team's data-protection
/// routes at <c>/api/v1/platform/people/{id}</c> (export, erase).
/// </summary>
public static class PeopleApi
{
    /// <summary>Maps the people routes.</summary>
    public static IEndpointRouteBuilder MapPeopleApiV1(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/me", GetMe).WithName("GetMe")
            .WithDescribedTag("People", "The signed-in person's own record and what they have to do next; the national team's data-protection export and erasure.")
            .RequireAuthorization(ImprovementPolicies.SignedIn);

        var platform = app.MapGroup("/api/v1/platform/people")
            .WithDescribedTag("People", "The signed-in person's own record and what they have to do next; the national team's data-protection export and erasure.")
            .RequireAuthorization(ImprovementPolicies.NationalTeam)
            .AddEndpointFilter<PreconditionFailedFilter>();
        platform.MapGet("/{personId:guid}/export", Export).WithName("ExportPerson");
        platform.MapPost("/{personId:guid}/erase", Erase).WithName("ErasePerson").RequiresIfMatch().ProducesTransitionConflicts();
        return app;
    }

    internal static async Task<Ok<MeView>> GetMe(Caller caller, IGrainFactory grains)
    {
        var person = await grains.GetGrain<IPersonGrain>(caller.PersonId!.Value).Get();
        var memberships = new List<MyMembershipView>();
        foreach (var membership in person.Memberships)
        {
            TenantView tenant;
            try
            {
                tenant = await grains.GetGrain<ITenantGrain>(membership.TenantId).Get();
            }
            catch (GrainNotFoundException)
            {
                // Roles granted in a tenant that was never created lead nowhere; they are left out.
                continue;
            }

            memberships.Add(new MyMembershipView(tenant.Id, tenant.Slug, tenant.Name, tenant.Status, MembershipRoles.Of(membership), membership.Schools));
        }

        return TypedResults.Ok(new MeView(person.Id, person.Email, person.DisplayName, person.IsNationalTeam, person.HostsAdministered, memberships));
    }

    internal static async Task<Ok<PersonExport>> Export(Guid personId, IGrainFactory grains, HttpResponse response)
    {
        var export = await grains.GetGrain<IPersonGrain>(personId).Export();
        response.Headers.ETag = export.ETag;
        return TypedResults.Ok(export);
    }

    internal static async Task<Results<Ok<PersonView>, ProblemHttpResult>> Erase(Guid personId, IGrainFactory grains, ErasedPersonAuditScrub audit, HttpContext context)
    {
        var (ifMatch, missing) = Preconditions.RequireIfMatch(context.Request);
        if (missing is not null)
        {
            return missing;
        }

        var grain = grains.GetGrain<IPersonGrain>(personId);
        var before = await grain.Export();
        var person = await grain.Erase(ifMatch);

        // After the erase, whose own audit entry records the old values too; not cancelled with the
        // request, because an erase the caller hung up on must still reach the audit trail.
        await audit.ScrubAsync(before.Email, before.DisplayName, CancellationToken.None);
        context.Response.Headers.ETag = person.ETag;
        return TypedResults.Ok(person);
    }
}

/// <summary>The signed-in person: profile, platform roles and memberships of tenants.</summary>
public sealed record MeView(Guid Id, string Email, string DisplayName, bool IsNationalTeam, IReadOnlyList<Guid> HostsAdministered, IReadOnlyList<MyMembershipView> Memberships);

/// <summary>One tenant the signed-in person belongs to, with the slug for its URLs and the roles held there.</summary>
public sealed record MyMembershipView(Guid TenantId, string Slug, string Name, Contracts.Tenants.TenantStatus Status, IReadOnlyList<string> Roles, IReadOnlyList<SchoolMembershipView> Schools);
