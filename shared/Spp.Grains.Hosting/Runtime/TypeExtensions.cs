namespace Spp.Grains.Hosting.Runtime;

internal static class TypeExtensions
{
    public static IEnumerable<Type> BaseTypeChain(this Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            yield return t;
        }
    }
}
