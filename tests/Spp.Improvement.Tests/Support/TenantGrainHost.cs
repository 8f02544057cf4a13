using Spp.Improvement.Tenants;

namespace Spp.Improvement.Tests.Support;

/// <summary>The improvement domain, for the tenant grains: grains are called through the grain factory.</summary>
public sealed class TenantGrainHost() : DomainGrainHost("improvement-grains")
{
    public ITenantGrain Tenant(Guid id) => Grains.GetGrain<ITenantGrain>(id);

    public ITenantSlugGrain Slug(string slug) => Grains.GetGrain<ITenantSlugGrain>(slug);

    /// <summary>The outbox rows the tenant grain <paramref name="id"/> raised, in order, as (event type name, payload, sequence, tenant).</summary>
    public async Task<IReadOnlyList<(string Type, string Payload, long Sequence, Guid? TenantId)>> EventsOfAsync(Guid id) =>
        [.. (await OutboxAsync())
            .Where(e => e.GrainType == "tenant" && Guid.TryParse(e.GrainKey, out var key) && key == id)
            .Select(e => (e.Type, e.Payload, e.Sequence, e.TenantId))];
}
