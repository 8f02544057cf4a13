namespace Spp.ServiceDefaults;

/// <summary>The health paths every SPP process maps (probes and the gateway's health checks use them).</summary>
public static class HealthEndpoints
{
    /// <summary>The process is up.</summary>
    public const string LivePath = "/health/live";

    /// <summary>The process's own dependencies answer (database and broker; for the gateway, its configuration and tenant store).</summary>
    public const string ReadyPath = "/health/ready";

    /// <summary>Tag for health checks that decide readiness.</summary>
    public const string ReadyTag = "ready";
}
