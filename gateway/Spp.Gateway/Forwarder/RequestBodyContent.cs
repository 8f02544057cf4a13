using System.Net;

namespace Spp.Gateway.Forwarder;

/// <summary>
/// The incoming request body as outgoing content, streamed as it arrives: never buffered, and
/// never disposed here (the server owns it).
/// </summary>
internal sealed class RequestBodyContent(Stream body) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        StreamCopier.CopyAsync(body, stream, cancellationToken);

    // Unknown, so HttpClient sends the copied Content-Length if there was one, else chunks.
    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
