using System.Threading.Channels;

namespace Spp.Improvement.Schools.Imports;

/// <summary>Uploads waiting for this process's import worker, one file imported at a time.</summary>
public sealed class SchoolImportQueue
{
    private readonly Channel<SchoolImportJob> jobs = Channel.CreateUnbounded<SchoolImportJob>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues an upload.</summary>
    public ValueTask EnqueueAsync(SchoolImportJob job, CancellationToken cancellationToken) => jobs.Writer.WriteAsync(job, cancellationToken);

    /// <summary>The uploads, as they arrive.</summary>
    public IAsyncEnumerable<SchoolImportJob> ReadAllAsync(CancellationToken cancellationToken) => jobs.Reader.ReadAllAsync(cancellationToken);
}
