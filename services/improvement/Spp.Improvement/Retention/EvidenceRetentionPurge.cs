using Spp.Grains;
using Spp.Improvement.Attachments;
using Spp.Improvement.Cycles;
using Spp.Improvement.Indexes;

namespace Spp.Improvement.Retention;

/// <summary>
/// One pass of the retention rule: for every tenant with closed cycles, purges those whose retention
/// period has ended — the cycle's text first, then the attachment bytes, then the index entry — so a
/// pass stopped anywhere is finished by the next one (each step is idempotent).
/// </summary>
public sealed partial class EvidenceRetentionPurge(
    IGrainFactory grains,
    EvidenceAttachmentStore attachments,
    TimeProvider time,
    ILogger<EvidenceRetentionPurge> logger)
{
    /// <summary>The actor the audit trail names for the purge's changes.</summary>
    public const string Actor = "service:retention-purge";

    private const int TenantPage = 200;

    /// <summary>Purges every cycle due today; returns how many were purged.</summary>
    public async Task<int> PurgeDueAsync(CancellationToken cancellationToken)
    {
        using var scope = GrainCallContext.ActAs(Actor);
        var today = LondonCalendar.Today(time);
        var purged = 0;
        var tenants = grains.GetGrain<IIdIndexGrain>(ClosedCycleIndexGrain.TenantsKey);
        Guid? after = null;
        do
        {
            var page = await tenants.Page(after, TenantPage);
            foreach (var tenantId in page.Ids)
            {
                cancellationToken.ThrowIfCancellationRequested();
                purged += await PurgeTenantAsync(tenantId, today, cancellationToken);
            }

            after = page.Next;
        }
        while (after is not null);

        if (purged > 0)
        {
            LogPurged(logger, purged);
        }

        return purged;
    }

    private async Task<int> PurgeTenantAsync(Guid tenantId, DateOnly today, CancellationToken cancellationToken)
    {
        var policy = await grains.GetGrain<IRetentionPolicyGrain>(tenantId).Get();
        var index = grains.GetGrain<IClosedCycleIndexGrain>(tenantId);
        var purged = 0;
        foreach (var cycle in await index.Pending())
        {
            // Oldest close first: once one is not due, none after it is.
            if (policy.EvidencePurgeDueOn(cycle.ClosedOn) > today)
            {
                break;
            }

            try
            {
                await grains.GetGrain<IReviewCycleGrain>(cycle.CycleId).PurgeEvidence();
                await attachments.DeleteCycleAsync(tenantId, cycle.CycleId, cancellationToken);
                await index.Forget(cycle.CycleId);
                purged++;
            }
            catch (Exception ex) when (ex is GrainNotFoundException or InvalidTransitionException)
            {
                // Noted by a close whose turn then failed: the cycle is not closed, and a retried close notes it again.
                await index.Forget(cycle.CycleId);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One cycle must not stop the others (the tenant may have just lengthened its period); the next pass retries it.
                LogCycleFailed(logger, cycle.CycleId, tenantId, ex);
            }
        }

        return purged;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged the evidence of {Count} closed cycles past their retention period")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not purge the evidence of cycle {CycleId} of tenant {TenantId}")]
    private static partial void LogCycleFailed(ILogger logger, Guid cycleId, Guid tenantId, Exception exception);
}
