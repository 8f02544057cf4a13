using System.Net.Http.Headers;

namespace Spp.Gateway.Forwarder;

/// <summary>Copies a destination's response status and end-to-end headers to the caller.</summary>
internal static class ResponseCopier
{
    public static void CopyHead(HttpResponseMessage source, HttpResponse response)
    {
        response.StatusCode = (int)source.StatusCode;
        var connectionListed = HopByHopHeaders.ListedIn(string.Join(',', source.Headers.Connection));
        Copy(source.Headers, response, connectionListed);
        Copy(source.Content.Headers, response, connectionListed);
    }

    private static void Copy(HttpHeaders headers, HttpResponse response, HashSet<string> connectionListed)
    {
        foreach (var (name, values) in headers.NonValidated)
        {
            // Kestrel frames the response itself (length or chunks) for its own connection.
            if (HopByHopHeaders.IsHopByHop(name) || connectionListed.Contains(name))
            {
                continue;
            }

            response.Headers[name] = values.Count == 1 ? values.ToString() : values.ToArray();
        }
    }
}
