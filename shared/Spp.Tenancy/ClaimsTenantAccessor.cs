using Microsoft.AspNetCore.Http;

namespace Spp.Tenancy;

/// <summary>Reads the current tenant from the authenticated internal token of the current request.</summary>
internal sealed class ClaimsTenantAccessor(IHttpContextAccessor httpContextAccessor) : ITenantAccessor
{
    public Guid? TenantId => httpContextAccessor.HttpContext?.User.GetTenantId();

    public Guid RequiredTenantId => TenantId ?? throw new MissingTenantException();
}
