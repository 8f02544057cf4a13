using MassTransit;
using Spp.Contracts.Tenants;

namespace Spp.Gateway.Tenancy;

/// <summary>
/// Evicts a tenant's directory entry when it changes, so the next request reads the new state.
/// Every gateway instance must see every event: its endpoint is temporary and per instance
/// (see <see cref="TenantDirectoryInvalidationEndpoint"/>).
/// </summary>
internal sealed class TenantDirectoryInvalidation(TenantDirectory directory) :
    IConsumer<TenantCreated>,
    IConsumer<TenantRenamed>,
    IConsumer<TenantSuspended>,
    IConsumer<TenantReinstated>
{
    // A new tenant may have been asked for (and cached as unknown) before it existed.
    public Task Consume(ConsumeContext<TenantCreated> context) => Evict(context.Message.TenantId, context.Message.Slug);

    public Task Consume(ConsumeContext<TenantRenamed> context) => Evict(context.Message.TenantId);

    public Task Consume(ConsumeContext<TenantSuspended> context) => Evict(context.Message.TenantId);

    public Task Consume(ConsumeContext<TenantReinstated> context) => Evict(context.Message.TenantId);

    private Task Evict(Guid tenantId, string? slug = null)
    {
        directory.Evict(tenantId, slug);
        return Task.CompletedTask;
    }
}
