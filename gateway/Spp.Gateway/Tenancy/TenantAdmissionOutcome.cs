namespace Spp.Gateway.Tenancy;

/// <summary>What the gateway decided about the tenant a request names.</summary>
internal enum TenantAdmissionOutcome
{
    /// <summary>Forward, with the tenant's id in the internal token.</summary>
    Admitted,

    /// <summary>No such tenant, or one the caller may not know exists: 404.</summary>
    NotFound,

    /// <summary>A member of a suspended tenant: 403 <c>tenant-suspended</c>.</summary>
    Suspended,
}
