using Microsoft.Extensions.Options;
using Spp.Grains;
using Spp.Improvement.Cycles;

namespace Spp.Improvement.Attachments;

/// <summary>
/// Deletes bytes that were stored but never linked to their evidence (the process stopped between
/// storing and linking, or the link was refused and the delete failed). Before deleting a complete
/// file it asks the cycle, because a crash between linking and recording the link looks the same.
/// </summary>
public sealed partial class OrphanedAttachmentSweep(
    EvidenceAttachmentStore store,
    IGrainFactory grains,
    IOptions<AttachmentOptions> options,
    TimeProvider time,
    ILogger<OrphanedAttachmentSweep> logger)
{
    private const int Batch = 100;

    /// <summary>One pass over the files unlinked for longer than the orphan age; returns how many were deleted.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var deleted = 0;
        var candidates = await store.UnlinkedBeforeAsync(time.GetUtcNow() - options.Value.OrphanAge, Batch, cancellationToken);
        foreach (var candidate in candidates)
        {
            try
            {
                if (candidate.IsComplete && await IsHeldByCycleAsync(candidate))
                {
                    await store.MarkLinkedAsync(candidate.Id, cancellationToken);
                    continue;
                }

                await store.DeleteAsync(candidate.Id, cancellationToken);
                deleted++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad candidate must not stop the sweep; the next pass retries it.
                LogSweepFailed(logger, candidate.Id, ex);
            }
        }

        if (deleted > 0)
        {
            LogSwept(logger, deleted);
        }

        return deleted;
    }

    private async Task<bool> IsHeldByCycleAsync(UnlinkedAttachment candidate)
    {
        try
        {
            // The uploader could read the evidence when they added it; asking as them avoids a back door.
            return await grains.GetGrain<IReviewCycleGrain>(candidate.CycleId).FindEvidenceAttachment(candidate.UploadedBy, candidate.Id) is not null;
        }
        catch (GrainNotFoundException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} attachment files that were never linked to evidence")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not sweep unlinked attachment {AttachmentId}")]
    private static partial void LogSweepFailed(ILogger logger, Guid attachmentId, Exception exception);
}
