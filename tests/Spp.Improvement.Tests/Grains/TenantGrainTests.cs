using Spp.Contracts.Tenants;
using Spp.Grains;
using Spp.Improvement.Tenants;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Grains;

/// <summary>The tenant grain's rules, called through the grain factory of a host over SQLite.</summary>
public sealed class TenantGrainTests(TenantGrainHost host) : IClassFixture<TenantGrainHost>
{
    private static string NewSlug() => "t-" + Guid.NewGuid().ToString("N")[..12];

    private async Task<(Guid Id, TenantView Tenant)> CreateAsync(string? slug = null, string name = "Acme Learning Trust")
    {
        var id = Guid.CreateVersion7();
        return (id, await host.Tenant(id).Create(slug ?? NewSlug(), name));
    }

    [Fact]
    public async Task Create_makes_an_active_tenant_at_version_1_and_raises_TenantCreated()
    {
        var before = DateTimeOffset.UtcNow;
        var slug = NewSlug();

        var (id, tenant) = await CreateAsync(slug, "Acme Learning Trust");

        Assert.Equal(new { Id = id, Slug = slug, Name = "Acme Learning Trust", Status = TenantStatus.Active, ETag = "\"1\"" }, new { tenant.Id, tenant.Slug, tenant.Name, tenant.Status, tenant.ETag });
        Assert.Null(tenant.SuspensionReason);
        Assert.InRange(tenant.CreatedAt, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        var created = Assert.Single(await host.EventsOfAsync(id));
        Assert.Equal((nameof(TenantCreated), 1L, (Guid?)id), (created.Type, created.Sequence, created.TenantId));
        Assert.Contains(slug, created.Payload, StringComparison.Ordinal);
        Assert.Equal(id, await host.Slug(slug).Owner());
    }

    [Fact]
    public async Task Creating_again_with_the_same_slug_and_name_returns_the_tenant_without_a_second_event()
    {
        var (id, first) = await CreateAsync();

        var again = await host.Tenant(id).Create(first.Slug, first.Name);

        Assert.Equal((first.Id, first.Slug, first.Name, first.CreatedAt), (again.Id, again.Slug, again.Name, again.CreatedAt));
        Assert.Single(await host.EventsOfAsync(id));
    }

    [Fact]
    public async Task Creating_an_existing_id_with_another_name_breaks_the_tenant_exists_rule()
    {
        var (id, first) = await CreateAsync();

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => host.Tenant(id).Create(first.Slug, "Another Name"));

        Assert.Equal("tenant-exists", error.Rule);
        Assert.Equal(first.Name, (await host.Tenant(id).Get()).Name);
    }

    [Fact]
    public async Task A_slug_held_by_another_tenant_breaks_the_tenant_slug_taken_rule_and_nothing_is_created()
    {
        var (holder, taken) = await CreateAsync();
        var other = Guid.CreateVersion7();

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => host.Tenant(other).Create(taken.Slug, "Someone Else"));

        Assert.Equal("tenant-slug-taken", error.Rule);
        Assert.Contains(taken.Slug, error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<GrainNotFoundException>(() => host.Tenant(other).Get());
        Assert.Empty(await host.EventsOfAsync(other));
        Assert.Equal(holder, await host.Slug(taken.Slug).Owner());
    }

    [Theory]
    [InlineData("A", "Upper case slug")]
    [InlineData("-acme", "Leading hyphen")]
    [InlineData("x", "Too short")]
    [InlineData("acme", "")]
    [InlineData("acme", "  Padded  ")]
    public async Task An_invalid_slug_or_name_breaks_the_tenant_invalid_rule_and_claims_no_slug(string slug, string name)
    {
        var id = Guid.CreateVersion7();

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => host.Tenant(id).Create(slug, name));

        Assert.Equal("tenant-invalid", error.Rule);
        await Assert.ThrowsAsync<GrainNotFoundException>(() => host.Tenant(id).Get());
        Assert.NotEqual((Guid?)id, await host.Slug(slug).Owner());
    }

    [Fact]
    public async Task A_name_longer_than_200_characters_is_refused()
    {
        var error = await Assert.ThrowsAsync<RuleViolationException>(() => host.Tenant(Guid.CreateVersion7()).Create(NewSlug(), new string('n', TenantRules.MaxNameLength + 1)));

        Assert.Equal("tenant-invalid", error.Rule);
    }

    [Fact]
    public async Task An_unknown_tenant_is_not_found_and_calling_it_creates_nothing()
    {
        var id = Guid.CreateVersion7();

        await Assert.ThrowsAsync<GrainNotFoundException>(() => host.Tenant(id).Get());
        await Assert.ThrowsAsync<GrainNotFoundException>(() => host.Tenant(id).Rename("New Name", null));
        await Assert.ThrowsAsync<GrainNotFoundException>(() => host.Tenant(id).Suspend("Reason", null));
        await Assert.ThrowsAsync<GrainNotFoundException>(() => host.Tenant(id).Reinstate(null));
        await Assert.ThrowsAsync<GrainNotFoundException>(() => host.Tenant(id).Get());
        Assert.Empty(await host.EventsOfAsync(id));
    }

    [Fact]
    public async Task Rename_with_the_current_ETag_changes_the_name_and_the_ETag_and_raises_TenantRenamed()
    {
        var (id, tenant) = await CreateAsync();

        var renamed = await host.Tenant(id).Rename("Renamed Trust", tenant.ETag);

        Assert.Equal("Renamed Trust", renamed.Name);
        Assert.Equal("\"2\"", renamed.ETag);
        Assert.Equal(renamed, await host.Tenant(id).Get());
        Assert.Equal([nameof(TenantCreated), nameof(TenantRenamed)], (await host.EventsOfAsync(id)).Select(e => e.Type));
    }

    [Fact]
    public async Task Rename_with_a_stale_ETag_fails_with_the_current_ETag_and_changes_nothing()
    {
        var (id, tenant) = await CreateAsync();
        var current = await host.Tenant(id).Rename("First Rename", tenant.ETag);

        var error = await Assert.ThrowsAsync<ETagMismatchException>(() => host.Tenant(id).Rename("Second Rename", tenant.ETag));

        Assert.Equal(current.ETag, error.CurrentETag);
        Assert.Equal(current, await host.Tenant(id).Get());
    }

    [Fact]
    public async Task Rename_to_the_same_name_raises_no_event()
    {
        var (id, tenant) = await CreateAsync();

        var same = await host.Tenant(id).Rename(tenant.Name, tenant.ETag);

        Assert.Equal(tenant.Name, same.Name);
        Assert.Single(await host.EventsOfAsync(id));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" Leading space")]
    public async Task Rename_to_an_invalid_name_breaks_the_tenant_name_invalid_rule(string name)
    {
        var (id, tenant) = await CreateAsync();

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => host.Tenant(id).Rename(name, tenant.ETag));

        Assert.Equal("tenant-name-invalid", error.Rule);
        Assert.Equal(tenant.Name, (await host.Tenant(id).Get()).Name);
    }

    [Fact]
    public async Task Suspend_keeps_the_reason_and_raises_TenantSuspended()
    {
        var (id, tenant) = await CreateAsync();

        var suspended = await host.Tenant(id).Suspend("Contract ended", tenant.ETag);

        Assert.Equal((TenantStatus.Suspended, "Contract ended"), (suspended.Status, suspended.SuspensionReason));
        var events = await host.EventsOfAsync(id);
        Assert.Equal([nameof(TenantCreated), nameof(TenantSuspended)], events.Select(e => e.Type));
        Assert.Equal([1L, 2L], events.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Suspending_a_suspended_tenant_is_an_invalid_transition_from_Suspended()
    {
        var (id, tenant) = await CreateAsync();
        var suspended = await host.Tenant(id).Suspend("First", tenant.ETag);

        var error = await Assert.ThrowsAsync<InvalidTransitionException>(() => host.Tenant(id).Suspend("Second", suspended.ETag));

        Assert.Equal(nameof(TenantStatus.Suspended), error.From);
        Assert.Equal("First", (await host.Tenant(id).Get()).SuspensionReason);
    }

    [Fact]
    public async Task Reinstate_lifts_a_suspension_and_clears_its_reason()
    {
        var (id, tenant) = await CreateAsync();
        var suspended = await host.Tenant(id).Suspend("Unpaid", tenant.ETag);

        var reinstated = await host.Tenant(id).Reinstate(suspended.ETag);

        Assert.Equal((TenantStatus.Active, (string?)null), (reinstated.Status, reinstated.SuspensionReason));
        Assert.Equal(nameof(TenantReinstated), (await host.EventsOfAsync(id))[^1].Type);
    }

    [Fact]
    public async Task Reinstating_an_active_tenant_is_an_invalid_transition_from_Active()
    {
        var (id, tenant) = await CreateAsync();

        var error = await Assert.ThrowsAsync<InvalidTransitionException>(() => host.Tenant(id).Reinstate(tenant.ETag));

        Assert.Equal(nameof(TenantStatus.Active), error.From);
    }

    [Fact]
    public async Task A_wildcard_If_Match_applies_to_any_version()
    {
        var (id, _) = await CreateAsync();
        await host.Tenant(id).Rename("Moved On", null);

        var renamed = await host.Tenant(id).Rename("Wildcard", "*");

        Assert.Equal("Wildcard", renamed.Name);
    }

    [Fact]
    public async Task Every_event_names_the_tenant_and_sequences_have_no_gaps()
    {
        var (id, tenant) = await CreateAsync();
        var renamed = await host.Tenant(id).Rename("Two", tenant.ETag);
        var suspended = await host.Tenant(id).Suspend("Three", renamed.ETag);
        await host.Tenant(id).Reinstate(suspended.ETag);

        var events = await host.EventsOfAsync(id);

        Assert.Equal([1L, 2L, 3L, 4L], events.Select(e => e.Sequence));
        Assert.All(events, e => Assert.Equal(id, e.TenantId));
    }
}
