namespace Spp.Grains.Hosting.Runtime;

/// <summary>The grain classes this process hosts, by interface.</summary>
public sealed class GrainCatalog
{
    private readonly Dictionary<Type, GrainTypeInfo> byInterface = [];

    /// <summary>Every registered grain type.</summary>
    public IEnumerable<GrainTypeInfo> Types => byInterface.Values;

    internal void Add(Type interfaceType, Type grainClass)
    {
        var info = new GrainTypeInfo(interfaceType, grainClass);
        if (byInterface.Values.Any(t => t.Name == info.Name && t.GrainClass != grainClass))
        {
            throw new InvalidOperationException($"Two grain classes are stored as '{info.Name}'.");
        }

        byInterface[interfaceType] = info;
    }

    internal GrainTypeInfo Get(Type interfaceType) =>
        byInterface.TryGetValue(interfaceType, out var info)
            ? info
            : throw new InvalidOperationException($"No grain class is registered for {interfaceType.Name}.");
}
