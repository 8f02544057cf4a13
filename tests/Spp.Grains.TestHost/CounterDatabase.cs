using Spp.Storage;

namespace Spp.Grains.TestHost;

/// <summary>The grain side's database (<c>ConnectionStrings:Counter</c>).</summary>
public sealed class CounterDatabase(string serviceName, string? connectionString) : ServiceDatabase(serviceName, connectionString);
