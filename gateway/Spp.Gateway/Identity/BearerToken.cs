using Microsoft.Net.Http.Headers;

namespace Spp.Gateway.Identity;

/// <summary>Reads the bearer token of a request, as JwtBearer does.</summary>
internal static class BearerToken
{
    private const string Prefix = "Bearer ";

    public static string? From(HttpRequest request)
    {
        string? authorization = request.Headers[HeaderNames.Authorization];
        return authorization is not null && authorization.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            ? authorization[Prefix.Length..].Trim() is { Length: > 0 } token ? token : null
            : null;
    }
}
