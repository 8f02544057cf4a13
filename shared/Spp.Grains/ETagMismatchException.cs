namespace Spp.Grains;

/// <summary>The caller's <c>If-Match</c> names a version of the grain that is no longer current (HTTP 412).</summary>
public sealed class ETagMismatchException(string currentETag)
    : Exception($"The resource has changed; its current ETag is {currentETag}.")
{
    /// <summary>The grain's current ETag, to send back to the client.</summary>
    public string CurrentETag { get; } = currentETag;
}
