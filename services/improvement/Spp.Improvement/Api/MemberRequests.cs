using Spp.Improvement.People;

namespace Spp.Improvement.Api;

/// <summary>The body of <c>PUT /api/v1/members/{personId}/roles</c>: the member's roles as they should be.</summary>
public sealed record SetMemberRolesRequest(bool? IsTenantAdmin, bool? IsFacilitator, IReadOnlyList<SchoolMembershipView>? Schools);

/// <summary>A member of the caller's tenant, with the ETag of the person record that <c>If-Match</c> names.</summary>
public sealed record MemberView(Guid PersonId, string DisplayName, string Email, bool IsTenantAdmin, bool IsFacilitator, IReadOnlyList<SchoolMembershipView> Schools, string ETag)
{
    internal static MemberView Of(PersonView person, TenantMembershipView membership) =>
        new(person.Id, person.DisplayName, person.Email, membership.IsTenantAdmin, membership.IsFacilitator, membership.Schools, person.ETag);
}
