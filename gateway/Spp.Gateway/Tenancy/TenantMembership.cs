using Spp.Contracts.Identity;
using Spp.Gateway.Identity;
using Spp.Tenancy;

namespace Spp.Gateway.Tenancy;

/// <summary>
/// Whether a caller belongs to a tenant, for the suspended-tenant rule (members learn it is
/// suspended; everyone else learns nothing). Tenant memberships arrive with people; until then the
/// national team, which runs every tenant, is the only caller treated as a member. Anonymous never is.
/// </summary>
internal static class TenantMembership
{
    public static bool IsMember(Caller caller, TenantInfo tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return caller.Subject != InternalToken.AnonymousSubject && caller.HasRole(PlatformRoles.NationalTeam);
    }
}
