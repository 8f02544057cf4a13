using Spp.Grains;

namespace Spp.Improvement.Policies;

/// <summary>What a tenant policy grain stores; null means "the default". Additive changes only.</summary>
[GrainState(1)]
public sealed class TenantPolicyState
{
    public DeadlinePolicy? Deadlines { get; set; }

    public List<SchoolTerm>? Terms { get; set; }
}
