using Spp.Grains;
using Spp.Improvement.People;
using Spp.Improvement.Tests.People.Support;

namespace Spp.Improvement.Tests.People;

/// <summary>The person grain's rules: roles, removal, cycles, export and erasure.</summary>
public sealed class PersonGrainTests(PeopleGrainHost host) : IClassFixture<PeopleGrainHost>
{
    private async Task<(IPersonGrain Person, Guid TenantId)> MemberAsync()
    {
        var resolution = await host.SignInAsync($"m{Guid.NewGuid():N}@school.example");
        var tenantId = Guid.CreateVersion7();
        var person = host.Person(resolution.PersonId);
        await person.Grant(RoleGrant.FacilitatorIn(tenantId));
        return (person, tenantId);
    }

    [Fact]
    public async Task Set_roles_replaces_the_membership_and_raises_MembershipChanged()
    {
        var (person, tenantId) = await MemberAsync();
        var etag = (await person.Get()).ETag;

        var changed = await person.SetRoles(tenantId, isTenantAdmin: true, isFacilitator: false, [new SchoolMembershipView(100002, SchoolRole.Staff)], etag);

        var membership = Assert.Single(changed.Memberships);
        Assert.Equal((true, false, 100002), (membership.IsTenantAdmin, membership.IsFacilitator, Assert.Single(membership.Schools).Urn));
        Assert.NotEqual(etag, changed.ETag);
        Assert.Equal("MembershipChanged", (await host.EventTypesOfAsync("person", changed.Id))[^1]);
    }

    [Fact]
    public async Task Set_roles_with_no_role_left_breaks_membership_needs_a_role()
    {
        var (person, tenantId) = await MemberAsync();

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => person.SetRoles(tenantId, false, false, [], null));

        Assert.Equal("membership-needs-a-role", error.Rule);
    }

    [Fact]
    public async Task Set_roles_with_a_stale_ETag_is_refused_with_the_current_one()
    {
        var (person, tenantId) = await MemberAsync();
        var current = (await person.Get()).ETag;

        var error = await Assert.ThrowsAsync<ETagMismatchException>(() => person.SetRoles(tenantId, true, true, [], "\"999\""));

        Assert.Equal(current, error.CurrentETag);
    }

    [Fact]
    public async Task Removing_a_membership_raises_MembershipRemoved_and_a_second_removal_is_not_found()
    {
        var (person, tenantId) = await MemberAsync();

        var after = await person.RemoveMembership(tenantId, null);

        Assert.Empty(after.Memberships);
        Assert.Null(await person.MembershipIn(tenantId));
        Assert.Equal("MembershipRemoved", (await host.EventTypesOfAsync("person", after.Id))[^1]);
        await Assert.ThrowsAsync<GrainNotFoundException>(() => person.RemoveMembership(tenantId, null));
    }

    [Fact]
    public async Task Noting_a_cycle_twice_lists_it_once_without_a_new_version()
    {
        var (person, tenantId) = await MemberAsync();
        var cycle = Guid.CreateVersion7();
        await person.NoteCycle(tenantId, cycle);
        var etag = (await person.Get()).ETag;

        await person.NoteCycle(tenantId, cycle);

        Assert.Equal([new CycleInvolvement(tenantId, cycle)], await person.Cycles());
        Assert.Equal(etag, (await person.Get()).ETag);
    }

    [Fact]
    public async Task Erasure_tombstones_the_person_drops_their_identities_and_a_new_sign_in_is_a_new_person()
    {
        var email = $"e{Guid.NewGuid():N}@school.example";
        var subject = "erased-" + email;
        var first = await host.SignInAsync(email, subject);
        var person = host.Person(first.PersonId);

        var erased = await person.Erase((await person.Get()).ETag);

        Assert.Equal((string.Empty, PersonRules.ErasedDisplayName), (erased.Email, erased.DisplayName));
        var export = await person.Export();
        Assert.Empty(export.SignInIdentities);
        Assert.NotNull(export.ErasedAt);
        Assert.NotEqual(first.PersonId, (await host.SignInAsync(email, subject)).PersonId);
        await Assert.ThrowsAsync<InvalidTransitionException>(() => person.Erase(null));
    }

    [Fact]
    public async Task Export_holds_the_persons_own_data()
    {
        var (person, tenantId) = await MemberAsync();

        var export = await person.Export();

        Assert.EndsWith("@school.example", export.Email, StringComparison.Ordinal);
        Assert.Equal(tenantId, Assert.Single(export.Memberships).TenantId);
        Assert.Single(export.SignInIdentities);
    }
}
