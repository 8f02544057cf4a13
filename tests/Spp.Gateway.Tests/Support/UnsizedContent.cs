using System.Net;

namespace Spp.Gateway.Tests.Support;

/// <summary>A body of <paramref name="length"/> bytes sent without Content-Length (chunked), so only reading it reveals its size.</summary>
internal sealed class UnsizedContent(long length) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var chunk = new byte[64 * 1024];
        for (var left = length; left > 0; left -= chunk.Length)
        {
            await stream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, left)));
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
