using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Spp.Grains;
using Spp.Improvement.Hosts;
using Spp.Improvement.Indexes;
using Spp.Improvement.Invitations;
using Spp.Improvement.People;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Improvement.Api;

/// <summary>
/// Invitations by e-mail: tenant admins invite into their tenant at <c>/api/v1/invitations</c>; host
/// admins (or admins of one of the host's tenants) invite host admins at
/// <c>/api/v1/hosts/{hostId}/invitations</c>; the national team invites a host's first admin at
/// <c>/api/v1/platform/hosts/{hostId}/invitations</c>.
/// </summary>
public static class InvitationsApi
{
    /// <summary>Maps the invitation routes.</summary>
    public static IEndpointRouteBuilder MapInvitationsApiV1(this IEndpointRouteBuilder app)
    {
        var tenant = app.MapGroup("/api/v1/invitations")
            .WithDescribedTag("Invitations", "Invitations by e-mail into a tenant, or to administer a host.")
            .RequireAuthorization(ImprovementPolicies.TenantMember)
            .AddEndpointFilter<PreconditionFailedFilter>();
        tenant.MapPost("/", InviteToTenant).WithName("InviteToTenant").AcceptsIdempotencyKey().ProducesValidationProblems().ProducesRuleViolations();
        tenant.MapGet("/", ListInvitations).WithName("ListInvitations").ProducesValidationProblems();
        tenant.MapGet("/{invitationId:guid}", GetInvitation).WithName("GetInvitation");
        tenant.MapPost("/{invitationId:guid}/revoke", RevokeInvitation).WithName("RevokeInvitation").RequiresIfMatch().ProducesTransitionConflicts();

        app.MapPost("/api/v1/hosts/{hostId:guid}/invitations", InviteForHost).WithName("InviteHostAdmin")
            .AcceptsIdempotencyKey().ProducesValidationProblems().ProducesRuleViolations()
            .WithDescribedTag("Invitations", "Invitations by e-mail into a tenant, or to administer a host.")
            .RequireAuthorization(ImprovementPolicies.SignedIn);
        app.MapPost("/api/v1/platform/hosts/{hostId:guid}/invitations", InviteFirstHostAdmin).WithName("InviteFirstHostAdmin")
            .AcceptsIdempotencyKey().ProducesValidationProblems().ProducesRuleViolations()
            .WithDescribedTag("Invitations", "Invitations by e-mail into a tenant, or to administer a host.")
            .RequireAuthorization(ImprovementPolicies.NationalTeam);
        return app;
    }

    internal static async Task<Results<Created<InvitationView>, ValidationProblem, ProblemHttpResult>> InviteToTenant(
        CreateInvitationRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, Caller caller, IGrainFactory grains, TimeProvider time, HttpResponse response)
    {
        if (!caller.IsTenantAdmin)
        {
            return TenantAdminOnly();
        }

        var errors = EmailErrors(request.Email);
        var role = TenantRole(caller.TenantId!.Value, request.Role, request.Urn, request.SchoolRole, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await SendAsync(grains, time, response, caller, idempotencyKey, request.Email!, role!, "/api/v1/invitations/");
    }

    internal static async Task<Results<Ok<ItemsPage<InvitationView>>, ValidationProblem, ProblemHttpResult>> ListInvitations(string? limit, string? cursor, Caller caller, IGrainFactory grains)
    {
        if (!caller.IsTenantAdmin)
        {
            return TenantAdminOnly();
        }

        var (after, size, errors) = IdCursor.Parse(limit, cursor);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await grains.GetGrain<IIdIndexGrain>(IdIndexKeys.InvitationsOf(caller.TenantId!.Value)).Page(after, size);
        var invitations = await IdCursor.LoadAsync(page.Ids, id => grains.GetGrain<IInvitationGrain>(id).Get());
        return TypedResults.Ok(new ItemsPage<InvitationView>(invitations, IdCursor.Encode(page.Next)));
    }

    internal static async Task<Results<Ok<InvitationView>, ProblemHttpResult>> GetInvitation(Guid invitationId, Caller caller, IGrainFactory grains, HttpResponse response)
    {
        if (!caller.IsTenantAdmin)
        {
            return TenantAdminOnly();
        }

        var invitation = await OfTenantAsync(grains, invitationId, caller.TenantId!.Value);
        response.Headers.ETag = invitation.ETag;
        return TypedResults.Ok(invitation);
    }

    internal static async Task<Results<Ok<InvitationView>, ProblemHttpResult>> RevokeInvitation(Guid invitationId, Caller caller, IGrainFactory grains, HttpContext context)
    {
        if (!caller.IsTenantAdmin)
        {
            return TenantAdminOnly();
        }

        var (ifMatch, missing) = Preconditions.RequireIfMatch(context.Request);
        if (missing is not null)
        {
            return missing;
        }

        await OfTenantAsync(grains, invitationId, caller.TenantId!.Value);
        var revoked = await grains.GetGrain<IInvitationGrain>(invitationId).Revoke(caller.PersonId!.Value, ifMatch);
        context.Response.Headers.ETag = revoked.ETag;
        return TypedResults.Ok(revoked);
    }

    internal static async Task<Results<Created<InvitationView>, ValidationProblem, ProblemHttpResult>> InviteForHost(
        Guid hostId, CreateHostScopedInvitationRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, Caller caller, IGrainFactory grains, TimeProvider time, HttpResponse response)
    {
        if (request.TenantId is not { } tenantId)
        {
            // Host admins are invited by the host's admins, or by an admin of one of its tenants.
            if (!HostAccess.MayAdminister(caller, hostId) && !await HostAccess.AdministersATenantOf(caller, hostId, grains))
            {
                return HostAccess.Forbidden();
            }

            return await InviteHostAdminAsync(hostId, new CreateHostInvitationRequest(request.Email), idempotencyKey, caller, grains, time, response);
        }

        // A role in one of the host's tenants (its first tenant admin, typically): the host's admins only.
        if (!HostAccess.MayAdminister(caller, hostId))
        {
            return HostAccess.Forbidden();
        }

        var errors = EmailErrors(request.Email);
        var role = TenantRole(tenantId, request.Role, request.Urn, request.SchoolRole, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if ((await grains.GetGrain<Tenants.ITenantGrain>(tenantId).Get()).HostId != hostId)
        {
            throw new GrainNotFoundException("The tenant");
        }

        return await SendAsync(grains, time, response, caller, idempotencyKey, request.Email!, role!, $"/api/v1/hosts/{hostId}/invitations/");
    }

    internal static Task<Results<Created<InvitationView>, ValidationProblem, ProblemHttpResult>> InviteFirstHostAdmin(
        Guid hostId, CreateHostInvitationRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, Caller caller, IGrainFactory grains, TimeProvider time, HttpResponse response) =>
        InviteHostAdminAsync(hostId, request, idempotencyKey, caller, grains, time, response);

    private static async Task<Results<Created<InvitationView>, ValidationProblem, ProblemHttpResult>> InviteHostAdminAsync(
        Guid hostId, CreateHostInvitationRequest request, string? idempotencyKey, Caller caller, IGrainFactory grains, TimeProvider time, HttpResponse response)
    {
        var errors = EmailErrors(request.Email);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if ((await grains.GetGrain<IHostGrain>(hostId).Get()).Status != HostStatus.Active)
        {
            throw new RuleViolationException("host-inactive", "An inactive host takes no new administrators.");
        }

        return await SendAsync(grains, time, response, caller, idempotencyKey, request.Email!, RoleGrant.HostAdminOf(hostId), $"/api/v1/hosts/{hostId}/invitations/");
    }

    private static async Task<Results<Created<InvitationView>, ValidationProblem, ProblemHttpResult>> SendAsync(
        IGrainFactory grains, TimeProvider time, HttpResponse response, Caller caller, string? idempotencyKey, string email, RoleGrant role, string location)
    {
        var id = IdempotentIds.For(caller.PersonId!.Value.ToString(), "invitation", idempotencyKey, time);
        var invitation = await grains.GetGrain<IInvitationGrain>(id).Send(email.Trim(), role, caller.PersonId!.Value);
        response.Headers.ETag = invitation.ETag;
        return TypedResults.Created(location + invitation.Id, invitation);
    }

    /// <summary>The invitation when it belongs to the tenant; another tenant's is not found (never revealed).</summary>
    private static async Task<InvitationView> OfTenantAsync(IGrainFactory grains, Guid invitationId, Guid tenantId)
    {
        var invitation = await grains.GetGrain<IInvitationGrain>(invitationId).Get();
        return invitation.Role.TenantId == tenantId ? invitation : throw new GrainNotFoundException("The invitation");
    }

    /// <summary>The role in <paramref name="tenantId"/> a request names, or null with the field errors added.</summary>
    private static RoleGrant? TenantRole(Guid tenantId, RoleGrantKind? kind, int? urn, SchoolRole? schoolRole, Dictionary<string, string[]> errors)
    {
        switch (kind)
        {
            case RoleGrantKind.TenantAdmin:
                return RoleGrant.TenantAdminOf(tenantId);
            case RoleGrantKind.Facilitator:
                return RoleGrant.FacilitatorIn(tenantId);
            case RoleGrantKind.SchoolMember when urn > 0 && schoolRole is { } role && Enum.IsDefined(role):
                return RoleGrant.SchoolMemberOf(tenantId, urn.Value, role);
            case RoleGrantKind.SchoolMember:
                errors["urn"] = ["A school invitation needs the school's URN and a schoolRole: Staff, SeniorLeader or Headteacher."];
                return null;
            default:
                errors["role"] = ["Use TenantAdmin, Facilitator or SchoolMember."];
                return null;
        }
    }

    private static Dictionary<string, string[]> EmailErrors(string? email)
    {
        var errors = new Dictionary<string, string[]>();
        if (EmailAddress.Problem(email) is { } problem)
        {
            errors["email"] = [problem];
        }

        return errors;
    }

    internal static ProblemHttpResult TenantAdminOnly() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Not allowed.",
        detail: "Only the tenant's administrators may do this.",
        type: "https://spp-platform.org/problems/forbidden");
}
