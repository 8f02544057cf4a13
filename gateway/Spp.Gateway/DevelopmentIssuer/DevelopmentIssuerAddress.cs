namespace Spp.Gateway.DevelopmentIssuer;

/// <summary>
/// Where the development issuer is served and what its tokens name as <c>iss</c>: the gateway's own
/// origin as the caller reached it, plus <c>/dev-issuer</c>. The origin varies (localhost, 127.0.0.1,
/// a tenant host name); trust rests on the process's key, not on the issuer string.
/// </summary>
internal static class DevelopmentIssuerAddress
{
    public const string PathBase = "/dev-issuer";

    public static string IssuerFor(HttpRequest request) =>
        $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}{PathBase}";

    /// <summary>True when <paramref name="issuer"/> has the shape of a development issuer (any origin).</summary>
    public static bool IsIssuerShaped(string? issuer) =>
        Uri.TryCreate(issuer, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.Query.Length == 0
        && uri.Fragment.Length == 0
        && uri.AbsolutePath.EndsWith(PathBase, StringComparison.Ordinal);
}
