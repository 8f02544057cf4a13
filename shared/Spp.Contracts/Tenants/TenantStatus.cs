namespace Spp.Contracts.Tenants;

/// <summary>Whether a tenant's members may use the platform.</summary>
public enum TenantStatus
{
    /// <summary>Members may sign in and work.</summary>
    Active,

    /// <summary>Members are refused until the tenant is reinstated.</summary>
    Suspended,
}
