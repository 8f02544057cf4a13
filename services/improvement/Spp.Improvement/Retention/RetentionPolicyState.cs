using Spp.Grains;

namespace Spp.Improvement.Retention;

/// <summary>What a retention policy stores once set. Additive changes only; see <see cref="GrainStateAttribute"/>.</summary>
[GrainState(1)]
public sealed class RetentionPolicyState
{
    public int EvidenceMonths { get; set; } = RetentionRules.DefaultEvidenceMonths;

    public DateTimeOffset? ChangedAt { get; set; }

    public Guid? ChangedBy { get; set; }
}
