using Microsoft.Extensions.Options;
using Spp.Improvement.Hosting;

namespace Spp.Improvement.Attachments;

/// <summary>Runs <see cref="OrphanedAttachmentSweep"/> on every instance; deleting an orphan twice is harmless.</summary>
internal sealed class OrphanedAttachmentSweepService(
    OrphanedAttachmentSweep sweep,
    IOptions<AttachmentOptions> options,
    TimeProvider time,
    ILogger<OrphanedAttachmentSweepService> logger) : PeriodicPass(options.Value.SweepInterval, time, logger)
{
    protected override string Name => "attachment sweep";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => sweep.SweepOnceAsync(cancellationToken);
}
