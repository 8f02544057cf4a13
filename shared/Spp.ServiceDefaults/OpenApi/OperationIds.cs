using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Spp.ServiceDefaults.OpenApi;

/// <summary>Stable operation ids and summaries for routes that name neither.</summary>
internal static class OperationIds
{
    /// <summary>The handler method's name (CreateTenant), or one made of the method and path for a lambda.</summary>
    public static string For(MethodInfo? handler, string? httpMethod, string? relativePath)
    {
        if (handler is not null && !handler.IsDefined(typeof(CompilerGeneratedAttribute)) && !handler.Name.Contains('<', StringComparison.Ordinal))
        {
            return handler.Name;
        }

        return FromRoute(httpMethod, relativePath);
    }

    /// <summary>An id made of the method and the path's literal segments: <c>postApiV1PlatformTenantsSuspend</c>.</summary>
    public static string FromRoute(string? httpMethod, string? relativePath)
    {
        var id = new StringBuilder((httpMethod ?? "get").ToLowerInvariant());
        foreach (var segment in (relativePath ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = segment.StartsWith('{') ? "By" + segment.Trim('{', '}').Split(':', '=', '?')[0] : segment;
            foreach (var part in word.Split('-', '_', '.'))
            {
                if (part.Length > 0)
                {
                    id.Append(char.ToUpperInvariant(part[0])).Append(part.AsSpan(1));
                }
            }
        }

        return id.ToString();
    }

    /// <summary>A sentence from an id: <c>CreateTenant</c> → "Create tenant".</summary>
    public static string Summary(string operationId)
    {
        var text = new StringBuilder(operationId.Length + 8);
        for (var i = 0; i < operationId.Length; i++)
        {
            var c = operationId[i];
            if (i > 0 && char.IsUpper(c))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(i == 0 ? char.ToUpperInvariant(c) : c);
            }
        }

        return text.ToString();
    }
}
