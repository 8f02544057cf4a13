using Microsoft.AspNetCore.Routing.Template;
using Spp.Gateway.Configuration;
using Spp.ServiceDefaults.Configuration;

namespace Spp.Gateway.Routing;

/// <summary>
/// Checks the <c>ReverseProxy</c> section and compiles it; every problem is reported at once, each
/// naming its setting, so a bad deployment fails at start-up with the whole list.
/// </summary>
internal static class RouteTableCompiler
{
    private const string Section = ReverseProxyOptions.SectionName;

    public static RouteTable Compile(ReverseProxyOptions options)
    {
        var errors = new List<string>();
        var clusters = CompileClusters(options, errors);
        var routes = CompileRoutes(options, clusters, errors);
        if (errors.Count > 0)
        {
            throw new InvalidConfigurationException(string.Join(Environment.NewLine, errors));
        }

        return new RouteTable(routes, clusters);
    }

    private static Dictionary<string, Cluster> CompileClusters(ReverseProxyOptions options, List<string> errors)
    {
        var clusters = new Dictionary<string, Cluster>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, config) in options.Clusters)
        {
            var key = $"{Section}:Clusters:{id}:Destinations";
            var destinations = new List<Destination>();
            foreach (var (name, destination) in config.Destinations)
            {
                if (ParseAddress(destination.Address) is { } address)
                {
                    destinations.Add(new Destination(name, address));
                }
                else
                {
                    errors.Add(SettingMessages.For($"{key}:{name}:Address", "must be an absolute http://, https:// or inproc:// address"));
                }
            }

            if (config.Destinations.Count == 0)
            {
                errors.Add(SettingMessages.For(key, "lists no destination"));
            }
            else if (destinations.Select(d => d.IsInProcess).Distinct().Count() > 1)
            {
                errors.Add(SettingMessages.For(key, "mixes inproc:// with network destinations; a service runs either in this process or elsewhere"));
            }

            if (destinations.Count > 0)
            {
                clusters[id] = new Cluster(id, [.. destinations.OrderBy(d => d.Name, StringComparer.Ordinal)]);
            }
        }

        return clusters;
    }

    private static List<Route> CompileRoutes(ReverseProxyOptions options, Dictionary<string, Cluster> clusters, List<string> errors)
    {
        if (options.Routes.Count == 0)
        {
            errors.Add(SettingMessages.For($"{Section}:Routes", "lists no route"));
        }

        var routes = new List<Route>();
        foreach (var (id, config) in options.Routes)
        {
            var key = $"{Section}:Routes:{id}";
            Cluster? cluster = null;
            if (string.IsNullOrWhiteSpace(config.ClusterId))
            {
                errors.Add(SettingMessages.For($"{key}:ClusterId", "is required but not set"));
            }
            else if (!clusters.TryGetValue(config.ClusterId, out cluster) && !options.Clusters.ContainsKey(config.ClusterId))
            {
                errors.Add(SettingMessages.For($"{key}:ClusterId", $"names cluster '{config.ClusterId}', which is not configured"));
            }

            var template = ParseTemplate(config.Match?.Path, $"{key}:Match:Path", errors);
            var prefix = ParsePrefix(config.DownstreamPathPrefix, template, $"{key}:DownstreamPathPrefix", errors);
            var bodyLimit = config.MaxRequestBodySize ?? RouteConfig.DefaultMaxRequestBodySize;
            if (bodyLimit <= 0)
            {
                errors.Add(SettingMessages.For($"{key}:MaxRequestBodySize", "must be a number of bytes greater than zero"));
            }

            if (cluster is not null && template is not null && (config.DownstreamPathPrefix is null || prefix is not null) && bodyLimit > 0)
            {
                routes.Add(new Route(id, template, config.Match!.Tenant, cluster, config.Order, prefix, bodyLimit));
            }
        }

        return routes;
    }

    private static RouteTemplate? ParseTemplate(string? path, string key, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(path) || !path.StartsWith('/'))
        {
            errors.Add(SettingMessages.For(key, "must be a route template starting with '/', such as /api/v1/{**rest}"));
            return null;
        }

        try
        {
            return TemplateParser.Parse(path);
        }
        catch (ArgumentException ex)
        {
            errors.Add(SettingMessages.For(key, $"is not a valid route template ({ex.Message})"));
            return null;
        }
    }

    private static PathString? ParsePrefix(string? prefix, RouteTemplate? template, string key, List<string> errors)
    {
        if (prefix is null)
        {
            return null;
        }

        if (!prefix.StartsWith('/') || prefix.EndsWith('/') || prefix.Contains('{', StringComparison.Ordinal))
        {
            errors.Add(SettingMessages.For(key, "must be a literal path starting, and not ending, with '/', such as /api/v1"));
            return null;
        }

        if (template is not null && !template.Parameters.Any(p => p.IsCatchAll))
        {
            errors.Add(SettingMessages.For(key, "needs a catch-all parameter ({**rest}) in Match:Path to append"));
            return null;
        }

        return new PathString(prefix);
    }

    private static Uri? ParseAddress(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or Destination.InProcessScheme
            ? uri
            : null;
}
