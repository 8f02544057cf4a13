using Microsoft.Extensions.Primitives;

namespace Spp.Gateway.Forwarder;

/// <summary>
/// Headers that describe one connection, not the message (RFC 9110 §7.6.1): a proxy must not pass
/// them on, nor any header the Connection header names.
/// </summary>
internal static class HopByHopHeaders
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "TE", "Trailer", "Transfer-Encoding", "Upgrade",
    };

    public static bool IsHopByHop(string name) =>
        Names.Contains(name) || name.StartsWith("Proxy-", StringComparison.OrdinalIgnoreCase);

    /// <summary>The header names listed in a Connection header.</summary>
    public static HashSet<string> ListedIn(StringValues connection)
    {
        var listed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in connection)
        {
            foreach (var token in (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                listed.Add(token);
            }
        }

        return listed;
    }
}
