using Microsoft.AspNetCore.Http;
using Spp.Tenancy.Resolution;

namespace Spp.Gateway.Tests.SharedTenancy;

public sealed class PathTenantStrategyTests
{
    private static TenantSlugMatch? Resolve(string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        return new PathTenantStrategy().Resolve(context.Request);
    }

    [Theory]
    [InlineData("/t/acme/api/v1/schools", "acme", "/t/acme")]
    [InlineData("/t/acme", "acme", "/t/acme")]
    [InlineData("/t/north-east/", "north-east", "/t/north-east")]
    public void Slug_after_t_is_the_tenant_and_its_prefix_is_the_tenant_path_base(string path, string slug, string pathBase)
    {
        var match = Resolve(path);

        Assert.NotNull(match);
        Assert.Equal(slug, match.Slug);
        Assert.Equal(pathBase, match.TenantPathBase.Value);
    }

    [Theory]
    [InlineData("/api/v1/platform/tenants")]
    [InlineData("/t/")]
    [InlineData("/t/a/api")]
    [InlineData("/t/ACME/api")]
    [InlineData("/t/ac_me/api")]
    [InlineData("/tenants/acme")]
    [InlineData("/T/acme/api")]
    [InlineData("/x/t/acme")]
    public void Paths_without_a_well_formed_slug_name_no_tenant(string path) =>
        Assert.Null(Resolve(path));
}
