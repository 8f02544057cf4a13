using Spp.Storage;

namespace Spp.Improvement;

/// <summary>The improvement service's own database (<c>ConnectionStrings__Improvement</c>): grain state and the outbox.</summary>
public sealed class ImprovementDatabase(string serviceName, string? connectionString) : ServiceDatabase(serviceName, connectionString)
{
    /// <summary>The service name that also names the connection string.</summary>
    public const string Name = "Improvement";
}
