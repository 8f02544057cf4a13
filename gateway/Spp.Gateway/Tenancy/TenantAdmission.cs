using Spp.Tenancy;

namespace Spp.Gateway.Tenancy;

/// <summary>The outcome and, when admitted, the tenant.</summary>
internal sealed record TenantAdmission(TenantAdmissionOutcome Outcome, TenantInfo? Tenant)
{
    public static TenantAdmission NotFound { get; } = new(TenantAdmissionOutcome.NotFound, null);
}
