using Spp.Grains;
using Spp.Improvement.Hosts;
using Spp.Improvement.Indexes;
using Spp.Improvement.People;
using Spp.Improvement.Tests.People.Support;

namespace Spp.Improvement.Tests.Hosts;

/// <summary>The host grain's rules, through the real grain runtime.</summary>
public sealed class HostGrainTests(PeopleGrainHost host) : IClassFixture<PeopleGrainHost>
{
    private IHostGrain Host(Guid id) => host.Grains.GetGrain<IHostGrain>(id);

    [Fact]
    public async Task Creating_a_host_lists_it_raises_HostCreated_and_a_repeat_changes_nothing()
    {
        var id = Guid.CreateVersion7();

        var created = await Host(id).Create("Northshire County Council", HostKind.LocalAuthority);
        var again = await Host(id).Create("Northshire County Council", HostKind.LocalAuthority);

        Assert.Equal((HostStatus.Active, "\"1\""), (created.Status, created.ETag));
        Assert.Equal(created, again);
        Assert.True(await host.Grains.GetGrain<IIdIndexGrain>(IdIndexKeys.Hosts).Contains(id));
        Assert.Equal(["HostCreated"], await host.EventTypesOfAsync("host", id));
    }

    [Fact]
    public async Task Creating_an_existing_id_with_another_name_breaks_host_exists()
    {
        var id = Guid.CreateVersion7();
        await Host(id).Create("Ridgeway Trust", HostKind.Trust);

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Host(id).Create("Another Trust", HostKind.Trust));

        Assert.Equal("host-exists", error.Rule);
    }

    [Fact]
    public async Task An_update_that_changes_nothing_keeps_the_ETag_and_raises_nothing()
    {
        var id = Guid.CreateVersion7();
        var created = await Host(id).Create("Ridgeway Trust", HostKind.Trust);

        var same = await Host(id).Update("Ridgeway Trust", HostStatus.Active, created.ETag);
        var renamed = await Host(id).Update("Ridgeway Learning Trust", HostStatus.Inactive, same.ETag);

        Assert.Equal(created.ETag, same.ETag);
        Assert.Equal(("Ridgeway Learning Trust", HostStatus.Inactive), (renamed.Name, renamed.Status));
        Assert.Equal(["HostCreated", "HostRenamed", "HostStatusChanged"], await host.EventTypesOfAsync("host", id));
    }

    [Fact]
    public async Task An_unknown_host_is_not_found()
    {
        await Assert.ThrowsAsync<GrainNotFoundException>(() => Host(Guid.CreateVersion7()).Get());
    }
}
