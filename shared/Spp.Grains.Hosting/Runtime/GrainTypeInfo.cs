using System.Collections.Concurrent;
using System.Reflection;

namespace Spp.Grains.Hosting.Runtime;

/// <summary>What the runtime knows of one grain class: its stored name, state schema and which methods write.</summary>
public sealed class GrainTypeInfo
{
    private readonly ConcurrentDictionary<MethodInfo, (MethodInfo Target, bool ReadOnly)> methods = new();
    private readonly InterfaceMapping map;

    internal GrainTypeInfo(Type interfaceType, Type grainClass)
    {
        InterfaceType = interfaceType;
        GrainClass = grainClass;
        Name = grainClass.GetCustomAttribute<GrainTypeAttribute>()?.Name ?? grainClass.Name;
        var instance = grainClass.GetInterfaces().Contains(typeof(IGrainInstance))
            ? grainClass
            : throw new ArgumentException($"{grainClass.Name} must derive from Grain<TState>.", nameof(grainClass));
        StateType = instance.BaseTypeChain().First(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Grain<>)).GetGenericArguments()[0];
        StateSchemaVersion = StateType.GetCustomAttribute<GrainStateAttribute>()?.Version ?? 1;
        map = grainClass.GetInterfaceMap(interfaceType);
    }

    /// <summary>The grain interface callers use.</summary>
    public Type InterfaceType { get; }

    /// <summary>The grain class that implements it.</summary>
    public Type GrainClass { get; }

    /// <summary>The stable stored name (<see cref="GrainTypeAttribute"/>, else the class name).</summary>
    public string Name { get; }

    /// <summary>The state record type.</summary>
    public Type StateType { get; }

    /// <summary>The state's current schema version.</summary>
    public int StateSchemaVersion { get; }

    internal (MethodInfo Target, bool ReadOnly) Resolve(MethodInfo interfaceMethod) => methods.GetOrAdd(interfaceMethod, m =>
    {
        var index = Array.IndexOf(map.InterfaceMethods, m);
        if (index < 0)
        {
            throw new InvalidOperationException($"{m.Name} is not a method of {InterfaceType.Name}.");
        }

        var target = map.TargetMethods[index];
        return (target, m.IsDefined(typeof(ReadOnlyAttribute)) || target.IsDefined(typeof(ReadOnlyAttribute)));
    });
}
