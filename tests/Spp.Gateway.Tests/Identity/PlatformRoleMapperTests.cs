using Spp.Contracts.Identity;
using Spp.Gateway.Identity;
using Spp.Gateway.Tests.Support;

namespace Spp.Gateway.Tests.Identity;

public sealed class PlatformRoleMapperTests
{
    [Fact]
    public void Only_platform_wide_roles_are_taken_from_roles_and_spp_role_claims()
    {
        var principal = ExternalTokens.Principal(
            ("roles", PlatformRoles.NationalTeam),
            ("spp_role", PlatformRoles.HostAdmin),
            ("roles", PlatformRoles.TenantAdmin),
            ("roles", "admin"),
            ("role", PlatformRoles.NationalTeam));

        Assert.Equal([PlatformRoles.HostAdmin, PlatformRoles.NationalTeam], PlatformRoleMapper.Map(principal));
    }
}
