using Spp.Contracts.Identity;
using Spp.Gateway.Identity;

namespace Spp.Gateway.Tests.Identity;

public sealed class GrantedRolesTests
{
    private static readonly Guid Host = Guid.Parse("0193c6a0-0000-7000-8000-0000000000a1");

    [Fact]
    public void Platform_roles_are_the_national_team_and_host_admin_of_one_host_only()
    {
        var roles = GrantedRoles.Platform([PlatformRoles.NationalTeam, PlatformRoles.HostAdminOf(Host), PlatformRoles.HostAdmin, "host-admin:not-a-guid", $"host-admin:{Guid.Empty}", PlatformRoles.TenantAdmin, PlatformRoles.NationalTeam]);

        Assert.Equal([PlatformRoles.HostAdminOf(Host), PlatformRoles.NationalTeam], roles);
    }

    [Fact]
    public void Tenant_roles_are_tenant_admin_facilitator_and_member_of_one_school_only()
    {
        var roles = GrantedRoles.Tenant([PlatformRoles.Facilitator, PlatformRoles.TenantAdmin, PlatformRoles.SchoolMember(100001), "school-member:0", "school-member:0100001", "school-member:x", PlatformRoles.NationalTeam, PlatformRoles.HostAdminOf(Host)]);

        Assert.Equal([PlatformRoles.Facilitator, PlatformRoles.SchoolMember(100001), PlatformRoles.TenantAdmin], roles);
    }
}
