namespace Spp.Gateway.Routing;

/// <summary>A destination of a cluster.</summary>
/// <param name="Name">Its name in configuration.</param>
/// <param name="Address">Its base address.</param>
internal sealed record Destination(string Name, Uri Address)
{
    public const string InProcessScheme = "inproc";

    /// <summary>True when the service's endpoints run in this process and requests go down the pipeline instead of a socket.</summary>
    public bool IsInProcess => Address.Scheme == InProcessScheme;
}
