namespace Spp.Gateway.Configuration;

/// <summary>One instance of a service.</summary>
public sealed record DestinationConfig
{
    /// <summary>
    /// <c>http://host:port/</c> (or https), or <c>inproc://{service}</c> when the service's
    /// endpoints are mapped in this process (the all-in-one host).
    /// </summary>
    public string? Address { get; init; }
}
