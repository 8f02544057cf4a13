using Spp.Contracts.Tenants;
using Spp.Grains;

namespace Spp.Improvement.Tenants;

/// <summary>What a tenant grain stores. Additive changes only; see <see cref="GrainStateAttribute"/>.</summary>
[GrainState(1)]
public sealed class TenantState
{
    public string Slug { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public TenantStatus Status { get; set; } = TenantStatus.Active;

    public string? SuspensionReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The host organisation that onboarded the tenant; null when the national team created it.</summary>
    public Guid? HostId { get; set; }
}
