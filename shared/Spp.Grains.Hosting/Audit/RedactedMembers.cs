using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Spp.Grains;

namespace Spp.Grains.Hosting.Audit;

/// <summary>
/// The JSON names of the <see cref="AuditRedactedAttribute"/> properties reachable from a state
/// type (through nested records and collections), worked out once per type.
/// </summary>
internal static class RedactedMembers
{
    private static readonly ConcurrentDictionary<Type, IReadOnlySet<string>> Cache = new();

    public static IReadOnlySet<string> Of(Type stateType) => Cache.GetOrAdd(stateType, Collect);

    private static HashSet<string> Collect(Type root)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([root]);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!seen.Add(type) || type.IsPrimitive || type == typeof(string) || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true && !type.IsGenericType)
            {
                continue;
            }

            if (type.IsGenericType)
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    pending.Push(argument);
                }

                if (typeof(IEnumerable).IsAssignableFrom(type) || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
                {
                    continue;
                }
            }

            if (type.IsArray)
            {
                pending.Push(type.GetElementType()!);
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.IsDefined(typeof(AuditRedactedAttribute)))
                {
                    names.Add(JsonNamingPolicy.CamelCase.ConvertName(property.Name));
                }

                pending.Push(property.PropertyType);
            }
        }

        return names;
    }
}
