using Microsoft.Extensions.Options;
using Spp.Contracts.Tenants;
using Spp.Gateway.Tenancy;
using Spp.Gateway.Tests.Support;
using Spp.Tenancy;

namespace Spp.Gateway.Tests.Tenancy;

public sealed class TenantDirectoryTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly CountingLookup _lookup = new();
    private readonly TenantDirectory _directory;

    public TenantDirectoryTests() =>
        _directory = new TenantDirectory(_lookup, Options.Create(new TenantDirectoryOptions { CacheDuration = TimeSpan.FromSeconds(30) }), _time);

    private Task<TenantInfo?> Find(string slug) => _directory.FindBySlugAsync(slug, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Answer_is_cached_until_the_cache_duration_has_passed()
    {
        var acme = _lookup.Add("acme");

        Assert.Equal(acme, await Find("acme"));
        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(acme, await Find("acme"));
        Assert.Equal(1, _lookup.Calls("acme"));

        _time.Advance(TimeSpan.FromSeconds(1));
        await Find("acme");
        Assert.Equal(2, _lookup.Calls("acme"));
    }

    [Fact]
    public async Task Unknown_slug_is_cached_too()
    {
        Assert.Null(await Find("nobody"));
        Assert.Null(await Find("nobody"));

        Assert.Equal(1, _lookup.Calls("nobody"));
    }

    [Fact]
    public async Task Suspension_seen_after_expiry_even_without_an_event()
    {
        var acme = _lookup.Add("acme");
        await Find("acme");
        _lookup.Tenants["acme"] = acme with { Status = TenantStatus.Suspended };

        _time.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal(TenantStatus.Suspended, (await Find("acme"))?.Status);
    }

    [Fact]
    public async Task Eviction_by_tenant_id_forces_a_fresh_lookup()
    {
        var acme = _lookup.Add("acme");
        await Find("acme");
        _lookup.Tenants["acme"] = acme with { Status = TenantStatus.Suspended };

        _directory.Evict(acme.Id);

        Assert.Equal(TenantStatus.Suspended, (await Find("acme"))?.Status);
        Assert.Equal(2, _lookup.Calls("acme"));
    }

    [Fact]
    public async Task Created_tenant_replaces_a_cached_unknown_slug()
    {
        Assert.Null(await Find("newco"));
        var newco = _lookup.Add("newco");

        _directory.Evict(newco.Id, "newco");

        Assert.Equal(newco, await Find("newco"));
    }

    [Fact]
    public async Task Answer_that_raced_an_eviction_is_not_cached()
    {
        var acme = _lookup.Add("acme");
        _lookup.DuringLookup = () => _directory.Evict(acme.Id);

        await Find("acme");
        _lookup.DuringLookup = null;
        await Find("acme");

        Assert.Equal(2, _lookup.Calls("acme"));
    }

    [Fact]
    public async Task Malformed_slug_is_unknown_without_a_lookup()
    {
        Assert.Null(await Find("Not A Slug"));

        Assert.Equal(0, _lookup.Calls("Not A Slug"));
    }

    [Theory]
    [InlineData(61, false)]
    [InlineData(0, false)]
    [InlineData(60, true)]
    [InlineData(1, true)]
    public void Cache_duration_may_not_exceed_60_seconds(int seconds, bool valid)
    {
        var result = new TenantDirectoryOptionsValidator().Validate(null, new TenantDirectoryOptions { CacheDuration = TimeSpan.FromSeconds(seconds) });

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains("'Gateway:TenantDirectory:CacheDuration'", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    private sealed class CountingLookup : ITenantLookup
    {
        private readonly Dictionary<string, int> _calls = [];

        public Dictionary<string, TenantInfo> Tenants { get; } = [];

        public Action? DuringLookup { get; set; }

        public TenantInfo Add(string slug) => Tenants[slug] = new TenantInfo(Guid.NewGuid(), slug, slug.ToUpperInvariant(), TenantStatus.Active);

        public int Calls(string slug) => _calls.GetValueOrDefault(slug);

        public Task<TenantInfo?> FetchAsync(string slug, CancellationToken cancellationToken)
        {
            _calls[slug] = Calls(slug) + 1;
            DuringLookup?.Invoke();
            return Task.FromResult(Tenants.GetValueOrDefault(slug));
        }
    }
}
