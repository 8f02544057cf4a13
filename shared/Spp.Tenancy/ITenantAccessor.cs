namespace Spp.Tenancy;

/// <summary>
/// The accessor role: the tenant of the current request. In services it comes from the internal
/// token's tenant claim, set by the gateway; nothing else (a header, a route value) is trusted.
/// </summary>
public interface ITenantAccessor
{
    /// <summary>The current tenant's id, or <see langword="null"/> when the request is outside any tenant.</summary>
    Guid? TenantId { get; }

    /// <summary>
    /// The current tenant's id for code that only makes sense inside a tenant. A request without
    /// one is an error (<see cref="MissingTenantException"/>), never a licence to read every tenant.
    /// </summary>
    Guid RequiredTenantId { get; }
}
