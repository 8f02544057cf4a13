using Spp.Contracts.Partnerships;
using Spp.Grains;
using Spp.Improvement.Indexes;
using Spp.Improvement.Partnerships;
using Spp.Improvement.Tests.Partnerships.Support;

namespace Spp.Improvement.Tests.Partnerships;

/// <summary>The partnership grain's own rules (name, programme phase, facilitator), through the grain runtime on SQLite.</summary>
public sealed class PartnershipGrainTests(DomainHost host) : IClassFixture<DomainHost>
{
    private static readonly DateOnly September = new(2026, 9, 1);

    private IPartnershipGrain Partnership(Guid id) => host.Grains.GetGrain<IPartnershipGrain>(id);

    private async Task<(Guid Id, Guid TenantId, PartnershipView View)> CreateAsync(Guid? tenantId = null, string name = "North Shore Partnership")
    {
        var id = Guid.CreateVersion7();
        var tenant = tenantId ?? Guid.CreateVersion7();
        return (id, tenant, await Partnership(id).Create(new PartnershipCreation(tenant, name, ProgrammePhase.Build, September, null)));
    }

    [Fact]
    public async Task A_new_partnership_is_forming_in_its_first_phase_and_raises_PartnershipCreated()
    {
        var (id, tenantId, partnership) = await CreateAsync();

        Assert.Equal((id, tenantId, "North Shore Partnership", ProgrammePhase.Build, September, "\"1\""), (partnership.Id, partnership.TenantId, partnership.Name, partnership.Phase, partnership.PhaseStarts, partnership.ETag));
        Assert.False(partnership.IsFormed);
        Assert.Empty(partnership.SchoolUrns);
        Assert.Null(partnership.FacilitatorId);
        var created = Assert.Single(await host.EventsOfAsync("partnership", id));
        Assert.Equal((nameof(PartnershipCreated), (Guid?)tenantId), (created.Type, created.TenantId));
    }

    [Fact]
    public async Task A_retried_create_returns_the_first_result_and_a_different_one_is_refused()
    {
        var (id, tenantId, first) = await CreateAsync();

        var retried = await Partnership(id).Create(new PartnershipCreation(tenantId, first.Name, ProgrammePhase.Build, September, null));
        var different = await Assert.ThrowsAsync<RuleViolationException>(() => Partnership(id).Create(new PartnershipCreation(tenantId, "Another name", ProgrammePhase.Build, September, null)));

        Assert.Equal(first.ETag, retried.ETag);
        Assert.Equal("partnership-exists", different.Rule);
        Assert.Single(await host.EventsOfAsync("partnership", id));
    }

    [Fact]
    public async Task Renaming_needs_the_current_ETag()
    {
        var (id, _, created) = await CreateAsync();

        var renamed = await Partnership(id).Rename("South Bay Partnership", created.ETag);
        var stale = await Assert.ThrowsAsync<ETagMismatchException>(() => Partnership(id).Rename("Late rename", created.ETag));

        Assert.Equal(("South Bay Partnership", "\"2\""), (renamed.Name, renamed.ETag));
        Assert.Equal(renamed.ETag, stale.CurrentETag);
        Assert.Equal([nameof(PartnershipCreated), nameof(PartnershipRenamed)], (await host.EventsOfAsync("partnership", id)).Select(e => e.Type));
    }

    [Fact]
    public async Task The_phase_moves_forward_closing_the_previous_one_and_keeping_its_history()
    {
        var (id, _, created) = await CreateAsync();
        var embedStarts = new DateOnly(2027, 9, 1);

        var embed = await Partnership(id).AdvancePhase(ProgrammePhase.Embed, embedStarts, new DateOnly(2028, 8, 31), created.ETag);

        Assert.Equal((ProgrammePhase.Embed, embedStarts, (DateOnly?)new DateOnly(2028, 8, 31)), (embed.Phase, embed.PhaseStarts, embed.PhaseEnds));
        Assert.Equal(
            [new PhasePeriod(ProgrammePhase.Build, September, new DateOnly(2027, 8, 31)), new PhasePeriod(ProgrammePhase.Embed, embedStarts, new DateOnly(2028, 8, 31))],
            embed.PhaseHistory);
        Assert.Equal(nameof(PartnershipPhaseChanged), (await host.EventsOfAsync("partnership", id))[^1].Type);
    }

    [Fact]
    public async Task The_phase_never_moves_back_nor_stays_where_it_is()
    {
        var (id, _, created) = await CreateAsync();
        var embed = await Partnership(id).AdvancePhase(ProgrammePhase.Embed, new DateOnly(2027, 9, 1), null, created.ETag);

        var back = await Assert.ThrowsAsync<InvalidTransitionException>(() => Partnership(id).AdvancePhase(ProgrammePhase.Build, new DateOnly(2028, 9, 1), null, embed.ETag));
        var same = await Assert.ThrowsAsync<InvalidTransitionException>(() => Partnership(id).AdvancePhase(ProgrammePhase.Embed, new DateOnly(2028, 9, 1), null, embed.ETag));

        Assert.Equal(("Embed", "Embed"), (back.From, same.From));
    }

    [Fact]
    public async Task A_new_phase_starts_after_the_current_one_started()
    {
        var (id, _, created) = await CreateAsync();

        var early = await Assert.ThrowsAsync<RuleViolationException>(() => Partnership(id).AdvancePhase(ProgrammePhase.Embed, September, null, created.ETag));

        Assert.Equal("phase-dates-out-of-order", early.Rule);
    }

    [Fact]
    public async Task A_facilitator_of_the_tenant_can_be_appointed()
    {
        var (id, tenantId, created) = await CreateAsync();
        var facilitator = await TenantPeople.FacilitatorAsync(host.Grains, tenantId);

        var appointed = await Partnership(id).AssignFacilitator(facilitator, created.ETag);

        Assert.Equal(facilitator, appointed.FacilitatorId);
        var assigned = (await host.EventsOfAsync("partnership", id))[^1];
        Assert.Equal(nameof(PartnershipFacilitatorAssigned), assigned.Type);
        Assert.Contains(facilitator.ToString(), assigned.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_who_does_not_facilitate_in_the_tenant_cannot_be_the_facilitator()
    {
        var (id, tenantId, created) = await CreateAsync();
        var admin = await TenantPeople.TenantAdminAsync(host.Grains, tenantId);
        var elsewhere = await TenantPeople.FacilitatorAsync(host.Grains, Guid.CreateVersion7());

        var notFacilitator = await Assert.ThrowsAsync<RuleViolationException>(() => Partnership(id).AssignFacilitator(admin, created.ETag));
        var otherTenant = await Assert.ThrowsAsync<RuleViolationException>(() => Partnership(id).AssignFacilitator(elsewhere, created.ETag));
        var unknown = await Assert.ThrowsAsync<RuleViolationException>(() => Partnership(id).AssignFacilitator(Guid.CreateVersion7(), created.ETag));

        Assert.All([notFacilitator, otherTenant, unknown], e => Assert.Equal("not-a-facilitator", e.Rule));
        Assert.Null((await Partnership(id).Get()).FacilitatorId);
    }

    [Fact]
    public async Task The_tenant_index_lists_its_partnerships_a_page_at_a_time()
    {
        var tenantId = Guid.CreateVersion7();
        var created = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            created.Add((await CreateAsync(tenantId, $"Partnership {i}")).Id);
        }

        await CreateAsync(Guid.CreateVersion7(), "Another tenant's");
        var index = host.Grains.GetGrain<IIdIndexGrain>(IdIndexKeys.PartnershipsOf(tenantId));

        var first = await index.Page(null, 2);
        var second = await index.Page(first.Next, 2);
        var last = await index.Page(second.Next, 2);

        Assert.Equal(created.Order(), first.Ids.Concat(second.Ids).Concat(last.Ids));
        Assert.Null(last.Next);
    }

    [Fact]
    public async Task An_unknown_partnership_is_not_found()
    {
        await Assert.ThrowsAsync<GrainNotFoundException>(() => Partnership(Guid.CreateVersion7()).Get());
        await Assert.ThrowsAsync<GrainNotFoundException>(() => Partnership(Guid.CreateVersion7()).Rename("x", null));
    }
}
