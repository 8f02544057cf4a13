namespace Spp.Improvement.Retention;

/// <summary>A tenant's retention policy as the API returns it, with the ETag to send when changing it.</summary>
/// <param name="EvidenceMonths">Months after a cycle closes that its evidence and attachments are kept.</param>
public sealed record RetentionPolicyView(int EvidenceMonths, bool IsDefault, DateTimeOffset? ChangedAt, Guid? ChangedBy, string ETag)
{
    /// <summary>The first day on which a cycle closed on <paramref name="closedOn"/> is due for its evidence purge.</summary>
    public DateOnly EvidencePurgeDueOn(DateOnly closedOn) => closedOn.AddMonths(EvidenceMonths);
}
