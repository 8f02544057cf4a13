namespace Spp.Contracts.Identity;

/// <summary>Claim names of the internal token.</summary>
public static class PlatformClaims
{
    /// <summary>The person id, a calling service's name, or <see cref="InternalToken.AnonymousSubject"/>.</summary>
    public const string Subject = "sub";

    /// <summary>The resolved tenant id (GUID); absent outside any tenant.</summary>
    public const string TenantId = "spp_tenant";

    /// <summary>A tenant-level role; repeated once per role (see <see cref="PlatformRoles"/>).</summary>
    public const string Role = "spp_role";
}
