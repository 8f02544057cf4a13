using Spp.Improvement.Tests.Authorization.Support;

namespace Spp.Improvement.Tests.Authorization.Recipes;

/// <summary>How to call a route of the matrix in a world: its path with real ids, a valid body, and an <c>If-Match</c>.</summary>
internal static class RequestRecipes
{
    private static readonly Dictionary<string, Func<AuthorizationWorld, object>> Bodies =
        new[] { CycleBodies.All, ActionPlanBodies.All, TenantBodies.All, PlatformBodies.All }
            .SelectMany(area => area)
            .ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);

    public static object? BodyFor(string key, AuthorizationWorld world) =>
        Bodies.TryGetValue(key, out var body) ? body(world) : null;
}
