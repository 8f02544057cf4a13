using System.Text;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Spp.OpenApi.Tests.Support;

/// <summary>A route pattern written as an OpenAPI path: parameters without constraints, no trailing slash.</summary>
internal static class RoutePaths
{
    public static string Of(RoutePattern pattern)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
                    RoutePatternSeparatorPart separator => separator.Content,
                    _ => string.Empty,
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }
}
