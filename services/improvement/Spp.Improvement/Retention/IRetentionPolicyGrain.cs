using Spp.Grains;

namespace Spp.Improvement.Retention;

/// <summary>
/// A tenant's retention policy, keyed by the tenant id. A tenant that never set one has the default
/// (<see cref="RetentionRules.DefaultEvidenceMonths"/>), readable without a write.
/// </summary>
public interface IRetentionPolicyGrain : IGrainWithGuidKey
{
    /// <summary>The policy in force.</summary>
    [ReadOnly]
    Task<RetentionPolicyView> Get();

    /// <summary>Sets how many months evidence and attachments are kept after a cycle closes.</summary>
    Task<RetentionPolicyView> SetEvidenceMonths(int months, Guid changedBy, string? ifMatch);
}
