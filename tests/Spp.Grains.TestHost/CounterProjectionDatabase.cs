using Spp.Storage;

namespace Spp.Grains.TestHost;

/// <summary>The consuming side's database (<c>ConnectionStrings:CounterProjection</c>).</summary>
public sealed class CounterProjectionDatabase(string serviceName, string? connectionString) : ServiceDatabase(serviceName, connectionString);
