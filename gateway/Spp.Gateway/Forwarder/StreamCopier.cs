using System.Buffers;

namespace Spp.Gateway.Forwarder;

/// <summary>
/// Copies a body chunk by chunk, flushing after each, so that what arrives is passed on at once
/// (streamed responses, uploads) instead of waiting in a buffer.
/// </summary>
internal static class StreamCopier
{
    private const int BufferSize = 64 * 1024;

    public static async Task CopyAsync(Stream source, Stream destination, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                await destination.FlushAsync(cancellationToken);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
