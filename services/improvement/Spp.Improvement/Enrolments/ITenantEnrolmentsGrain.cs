using Spp.Grains;

namespace Spp.Improvement.Enrolments;

/// <summary>
/// The schools a tenant has ever enrolled, keyed by the tenant id: the index the enrolment list pages
/// through (each enrolment keeps its own status and history).
/// </summary>
public interface ITenantEnrolmentsGrain : IGrainWithGuidKey
{
    /// <summary>Adds <paramref name="urn"/>; idempotent.</summary>
    Task Add(int urn);

    /// <summary>Up to <paramref name="limit"/> URNs after <paramref name="afterUrn"/>, ascending, and whether more follow.</summary>
    [ReadOnly]
    Task<UrnPage> Page(int afterUrn, int limit);
}

/// <summary>A page of URNs.</summary>
public sealed record UrnPage(IReadOnlyList<int> Urns, bool HasMore);
