using Microsoft.AspNetCore.Http.HttpResults;
using Spp.Grains;
using Spp.Improvement.Enrolments;
using Spp.Improvement.Indexes;
using Spp.Improvement.People;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Improvement.Api;

/// <summary>The members of the caller's tenant, for its administrators, at <c>/api/v1/members</c>.</summary>
public static class MembersApi
{
    /// <summary>Maps the member routes.</summary>
    public static RouteGroupBuilder MapMembersApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/members")
            .WithDescribedTag("Members", "The members of a tenant and their roles, for its administrators.")
            .RequireAuthorization(ImprovementPolicies.TenantMember)
            .AddEndpointFilter<PreconditionFailedFilter>();
        group.MapGet("/", ListMembers).WithName("ListMembers").ProducesValidationProblems();
        group.MapGet("/{personId:guid}", GetMember).WithName("GetMember");
        group.MapPut("/{personId:guid}/roles", SetRoles).WithName("SetMemberRoles").RequiresIfMatch().ProducesValidationProblems().ProducesRuleViolations();
        group.MapDelete("/{personId:guid}", RemoveMember).WithName("RemoveMember").RequiresIfMatch().ProducesRuleViolations();
        return group;
    }

    internal static async Task<Results<Ok<ItemsPage<MemberView>>, ValidationProblem, ProblemHttpResult>> ListMembers(string? limit, string? cursor, Caller caller, IGrainFactory grains)
    {
        if (!caller.IsTenantAdmin)
        {
            return InvitationsApi.TenantAdminOnly();
        }

        var (after, size, errors) = IdCursor.Parse(limit, cursor);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var tenantId = caller.TenantId!.Value;
        var page = await grains.GetGrain<IIdIndexGrain>(IdIndexKeys.MembersOf(tenantId)).Page(after, size);
        var people = await IdCursor.LoadAsync(page.Ids, id => grains.GetGrain<IPersonGrain>(id).Get());

        // The index is written after the person; one removed meanwhile is simply left out.
        var members = people
            .Select(p => (Person: p, Membership: p.Memberships.FirstOrDefault(m => m.TenantId == tenantId)))
            .Where(x => x.Membership is not null)
            .Select(x => MemberView.Of(x.Person, x.Membership!))
            .ToList();
        return TypedResults.Ok(new ItemsPage<MemberView>(members, IdCursor.Encode(page.Next)));
    }

    internal static async Task<Results<Ok<MemberView>, ProblemHttpResult>> GetMember(Guid personId, Caller caller, IGrainFactory grains, HttpResponse response)
    {
        if (!caller.IsTenantAdmin)
        {
            return InvitationsApi.TenantAdminOnly();
        }

        return Respond(response, await MemberAsync(grains, personId, caller.TenantId!.Value));
    }

    internal static async Task<Results<Ok<MemberView>, ValidationProblem, ProblemHttpResult>> SetRoles(
        Guid personId, SetMemberRolesRequest request, Caller caller, IGrainFactory grains, HttpContext context)
    {
        if (!caller.IsTenantAdmin)
        {
            return InvitationsApi.TenantAdminOnly();
        }

        var (ifMatch, missing) = Preconditions.RequireIfMatch(context.Request);
        if (missing is not null)
        {
            return missing;
        }

        var errors = PersonRules.ValidateSchools(request.Schools);
        if (request.IsTenantAdmin is null)
        {
            errors["isTenantAdmin"] = ["Say whether the member is a tenant admin."];
        }

        if (request.IsFacilitator is null)
        {
            errors["isFacilitator"] = ["Say whether the member is a facilitator."];
        }

        if (request.Schools is null)
        {
            errors["schools"] = ["List the member's schools (an empty list for none)."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var tenantId = caller.TenantId!.Value;
        var before = await MemberAsync(grains, personId, tenantId);
        var added = request.Schools!.Where(s => !before.Schools.Contains(s)).ToList();
        foreach (var school in added.Where(s => before.Schools.All(b => b.Urn != s.Urn)))
        {
            await EnsureEnrolledAsync(grains, tenantId, school.Urn);
        }

        var person = await grains.GetGrain<IPersonGrain>(personId).SetRoles(tenantId, request.IsTenantAdmin!.Value, request.IsFacilitator!.Value, request.Schools!, ifMatch);

        // The school staff lists follow the membership; each call is idempotent, so a retry converges.
        foreach (var school in added)
        {
            await grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(tenantId, school.Urn)).SetStaffMember(personId, school.Role);
        }

        foreach (var school in before.Schools.Where(b => request.Schools!.All(s => s.Urn != b.Urn)))
        {
            await grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(tenantId, school.Urn)).SetStaffMember(personId, null);
        }

        return Respond(context.Response, MemberView.Of(person, person.Memberships.First(m => m.TenantId == tenantId)));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> RemoveMember(Guid personId, Caller caller, IGrainFactory grains, HttpContext context)
    {
        if (!caller.IsTenantAdmin)
        {
            return InvitationsApi.TenantAdminOnly();
        }

        var (ifMatch, missing) = Preconditions.RequireIfMatch(context.Request);
        if (missing is not null)
        {
            return missing;
        }

        var tenantId = caller.TenantId!.Value;
        var before = await MemberAsync(grains, personId, tenantId);
        var person = await grains.GetGrain<IPersonGrain>(personId).RemoveMembership(tenantId, ifMatch);
        await grains.GetGrain<IIdIndexGrain>(IdIndexKeys.MembersOf(tenantId)).Remove(personId);
        foreach (var school in before.Schools)
        {
            await grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(tenantId, school.Urn)).SetStaffMember(personId, null);
        }

        context.Response.Headers.ETag = person.ETag;
        return TypedResults.NoContent();
    }

    /// <summary>The person as a member of the tenant; anyone else (or unknown) is not found.</summary>
    private static async Task<MemberView> MemberAsync(IGrainFactory grains, Guid personId, Guid tenantId)
    {
        var person = await grains.GetGrain<IPersonGrain>(personId).Get();
        return person.Memberships.FirstOrDefault(m => m.TenantId == tenantId) is { } membership
            ? MemberView.Of(person, membership)
            : throw new GrainNotFoundException("The member");
    }

    private static async Task EnsureEnrolledAsync(IGrainFactory grains, Guid tenantId, int urn)
    {
        try
        {
            if ((await grains.GetGrain<IEnrolmentGrain>(EnrolmentKey.For(tenantId, urn)).Get()).Status == EnrolmentStatus.Active)
            {
                return;
            }
        }
        catch (GrainNotFoundException)
        {
            // Never enrolled: the same rule as an ended enrolment.
        }

        throw new RuleViolationException("school-not-enrolled", $"School {urn} is not enrolled with this tenant.");
    }

    private static Ok<MemberView> Respond(HttpResponse response, MemberView member)
    {
        response.Headers.ETag = member.ETag;
        return TypedResults.Ok(member);
    }
}
