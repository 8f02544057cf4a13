using Microsoft.AspNetCore.Http;
using Spp.Tenancy.Resolution;

namespace Spp.Gateway.Tests.SharedTenancy;

public sealed class HostTenantStrategyTests
{
    private static TenantSlugMatch? Resolve(string host, string? baseDomain = "spp.example")
    {
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString(host);
        return new HostTenantStrategy(baseDomain).Resolve(context.Request);
    }

    [Theory]
    [InlineData("acme.spp.example")]
    [InlineData("acme.spp.example:8080")]
    [InlineData("ACME.SPP.example")]
    [InlineData("acme.spp.example.")]
    public void Single_label_before_the_base_domain_is_the_tenant(string host)
    {
        var match = Resolve(host);

        Assert.NotNull(match);
        Assert.Equal("acme", match.Slug);
        Assert.False(match.TenantPathBase.HasValue);
    }

    [Theory]
    [InlineData("spp.example")]
    [InlineData("a.b.spp.example")]
    [InlineData("evilspp.example")]
    [InlineData("acme.other.example")]
    [InlineData("x.spp.example")]
    [InlineData("ac_me.spp.example")]
    [InlineData("127.0.0.1")]
    public void Other_hosts_name_no_tenant(string host) =>
        Assert.Null(Resolve(host));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Without_a_base_domain_host_names_never_name_a_tenant(string? baseDomain) =>
        Assert.Null(Resolve("acme.spp.example", baseDomain));
}
