namespace Spp.Gateway.Identity;

/// <summary>The gateway's own identity when it calls services (the subject of its service-to-service tokens).</summary>
internal static class GatewayIdentity
{
    public const string ServiceName = "gateway";
}
