using System.Collections.Concurrent;

namespace Spp.Grains.Hosting.Outbox;

/// <summary>
/// How an event's type is stored in the outbox: <c>{full name}, {assembly}</c> without version, so
/// rows written by an older build still resolve after an additive contract change.
/// </summary>
public static class OutboxMessageType
{
    private static readonly ConcurrentDictionary<string, Type> Resolved = new(StringComparer.Ordinal);

    /// <summary>The stored name of <paramref name="type"/>.</summary>
    public static string NameOf(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    /// <summary>The type a stored name refers to.</summary>
    public static Type Resolve(string name) => Resolved.GetOrAdd(name, n =>
        Type.GetType(n, throwOnError: false) ?? throw new InvalidOperationException($"Outbox message type '{n}' is not known to this build."));
}
