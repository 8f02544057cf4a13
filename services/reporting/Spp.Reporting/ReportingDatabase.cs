using Spp.Storage;

namespace Spp.Reporting;

/// <summary>The reporting service's own database (<c>ConnectionStrings__Reporting</c>): projections and the inbox.</summary>
public sealed class ReportingDatabase(string serviceName, string? connectionString) : ServiceDatabase(serviceName, connectionString)
{
    /// <summary>The service name that also names the connection string.</summary>
    public const string Name = "Reporting";
}
