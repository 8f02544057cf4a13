using System.Collections.Concurrent;
using System.Reflection;

namespace Spp.Grains.Hosting.Runtime;

/// <summary>
/// A grain reference: implements the grain interface and sends every call through the runtime,
/// the role Orleans' generated references play.
/// </summary>
public class GrainProxy : DispatchProxy
{
    private static readonly ConcurrentDictionary<Type, Func<GrainRuntime, GrainTypeInfo, string, MethodInfo, object?[]?, object>> Invokers = new();
    private static readonly MethodInfo InvokeTyped = typeof(GrainProxy).GetMethod(nameof(InvokeAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private GrainRuntime runtime = null!;
    private GrainTypeInfo type = null!;
    private string key = string.Empty;

    internal static TGrain Create<TGrain>(GrainRuntime runtime, GrainTypeInfo type, string key)
    {
        var proxy = Create<TGrain, GrainProxy>();
        var self = (GrainProxy)(object)proxy!;
        self.runtime = runtime;
        self.type = type;
        self.key = key;
        return proxy;
    }

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var invoker = Invokers.GetOrAdd(targetMethod.ReturnType, CreateInvoker);
        return invoker(runtime, type, key, targetMethod, args);
    }

    private static Func<GrainRuntime, GrainTypeInfo, string, MethodInfo, object?[]?, object> CreateInvoker(Type returnType)
    {
        if (returnType == typeof(Task))
        {
            return (r, t, k, m, a) => r.InvokeAsync<object?>(t, k, m, a);
        }

        if (!returnType.IsGenericType || returnType.GetGenericTypeDefinition() != typeof(Task<>))
        {
            throw new InvalidOperationException($"Grain methods return Task or Task<T>, not {returnType.Name}.");
        }

        var typed = InvokeTyped.MakeGenericMethod(returnType.GetGenericArguments()[0]);
        return typed.CreateDelegate<Func<GrainRuntime, GrainTypeInfo, string, MethodInfo, object?[]?, object>>();
    }

    private static Task<T> InvokeAsync<T>(GrainRuntime runtime, GrainTypeInfo type, string key, MethodInfo method, object?[]? args) =>
        runtime.InvokeAsync<T>(type, key, method, args);
}
