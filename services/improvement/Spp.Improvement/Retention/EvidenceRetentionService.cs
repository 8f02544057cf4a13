using Microsoft.Extensions.Options;
using Spp.Improvement.Hosting;

namespace Spp.Improvement.Retention;

/// <summary>Runs <see cref="EvidenceRetentionPurge"/> at the configured interval on every instance; a purge repeated by two instances is a no-op.</summary>
internal sealed class EvidenceRetentionService(
    EvidenceRetentionPurge purge,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<EvidenceRetentionService> logger) : PeriodicPass(options.Value.PurgeInterval, time, logger)
{
    protected override string Name => "evidence retention purge";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => purge.PurgeDueAsync(cancellationToken);
}
