namespace Spp.Gateway.Forwarder;

/// <summary>
/// The X-Forwarded-* headers services see. Set, not appended: the gateway is the public origin,
/// so whatever a caller claimed in these headers is not to be believed.
/// </summary>
internal static class ForwardedHeaders
{
    public const string For = "X-Forwarded-For";
    public const string Proto = "X-Forwarded-Proto";
    public const string Host = "X-Forwarded-Host";
    public const string Prefix = "X-Forwarded-Prefix";

    public static bool IsForwardedHeader(string name) =>
        name.Equals(For, StringComparison.OrdinalIgnoreCase)
        || name.Equals(Proto, StringComparison.OrdinalIgnoreCase)
        || name.Equals(Host, StringComparison.OrdinalIgnoreCase)
        || name.Equals(Prefix, StringComparison.OrdinalIgnoreCase);

    public static void Apply(HttpContext context, PathString tenantPathBase, HttpRequestMessage outgoing)
    {
        var request = context.Request;
        if (context.Connection.RemoteIpAddress is { } remote)
        {
            outgoing.Headers.TryAddWithoutValidation(For, remote.ToString());
        }

        outgoing.Headers.TryAddWithoutValidation(Proto, request.Scheme);
        if (request.Host.HasValue)
        {
            outgoing.Headers.TryAddWithoutValidation(Host, request.Host.ToUriComponent());
        }

        // Lets a service build links under /t/{slug} when the tenant was named in the path.
        var prefix = request.PathBase.Add(tenantPathBase);
        if (prefix.HasValue)
        {
            outgoing.Headers.TryAddWithoutValidation(Prefix, prefix.ToUriComponent());
        }
    }
}
