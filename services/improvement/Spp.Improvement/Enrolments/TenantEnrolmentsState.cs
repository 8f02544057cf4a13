using Spp.Grains;

namespace Spp.Improvement.Enrolments;

/// <summary>What a tenant's enrolment index stores: URNs, kept in ascending order.</summary>
[GrainState(1)]
public sealed class TenantEnrolmentsState
{
    public List<int> Urns { get; set; } = [];
}
