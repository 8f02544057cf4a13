using Microsoft.AspNetCore.Http;

namespace Spp.Tenancy.Resolution;

/// <summary>Finds the tenant in a path of the form <c>/t/{slug}</c> or <c>/t/{slug}/...</c>.</summary>
public sealed class PathTenantStrategy : ITenantResolutionStrategy
{
    private const string Prefix = "/t/";

    /// <inheritdoc />
    public TenantSlugMatch? Resolve(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path.Value;
        if (path is null || !path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = path.AsSpan(Prefix.Length);
        var end = rest.IndexOf('/');
        var slug = end < 0 ? rest : rest[..end];
        return TenantSlug.IsValid(slug)
            ? new TenantSlugMatch(slug.ToString(), new PathString(path[..(Prefix.Length + slug.Length)]))
            : null;
    }
}
