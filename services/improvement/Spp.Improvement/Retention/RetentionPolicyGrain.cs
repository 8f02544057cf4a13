using Spp.Contracts.Retention;
using Spp.Grains;

namespace Spp.Improvement.Retention;

/// <inheritdoc cref="IRetentionPolicyGrain"/>
[GrainType("retention-policy")]
public sealed class RetentionPolicyGrain(TimeProvider time) : Grain<RetentionPolicyState>, IRetentionPolicyGrain
{
    protected override Guid? EventTenantId => GetPrimaryKey();

    public Task<RetentionPolicyView> Get() => Task.FromResult(View());

    public Task<RetentionPolicyView> SetEvidenceMonths(int months, Guid changedBy, string? ifMatch)
    {
        EnsureETag(ifMatch);
        RetentionRules.EnsureValid(months);
        if (Exists && State.EvidenceMonths == months)
        {
            LeaveUnchanged();
            return Task.FromResult(View());
        }

        State.EvidenceMonths = months;
        State.ChangedAt = time.GetUtcNow();
        State.ChangedBy = changedBy;
        Raise(new RetentionPolicyChanged(GetPrimaryKey(), months));
        return Task.FromResult(View());
    }

    private RetentionPolicyView View() => new(State.EvidenceMonths, !Exists && State.ChangedAt is null, State.ChangedAt, State.ChangedBy, ETag);
}
