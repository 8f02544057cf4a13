namespace Spp.Gateway.Forwarder;

/// <summary>Builds the URI of a downstream request from a destination's base address.</summary>
internal static class DestinationUris
{
    public static Uri Combine(Uri address, PathString path, QueryString query)
    {
        // Keeps a base path (http://host/prefix/) and never doubles or drops the slash between them.
        var basePath = address.AbsolutePath.TrimEnd('/');
        return new Uri(address.GetLeftPart(UriPartial.Authority) + basePath + path.ToUriComponent() + query.ToUriComponent());
    }
}
