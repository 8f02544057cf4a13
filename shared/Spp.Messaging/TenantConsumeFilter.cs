using MassTransit;
using Microsoft.Extensions.Logging;
using Spp.Contracts.Messaging;

namespace Spp.Messaging;

/// <summary>
/// Restores the tenant carried in the message headers into the consume scope, the log scope and
/// the consumer's span, so that consumers never read it from the body by hand.
/// </summary>
public sealed class TenantConsumeFilter<T>(MessageTenant tenant, ILogger<TenantConsumeFilter<T>> logger) : IFilter<ConsumeContext<T>>
    where T : class
{
    /// <inheritdoc />
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var header = context.Headers.Get<string>(EventHeaders.TenantId);
        if (!Guid.TryParse(header, out var tenantId))
        {
            await next.Send(context);
            return;
        }

        tenant.TenantId = tenantId;
        System.Diagnostics.Activity.Current?.SetTag("spp.tenant_id", tenantId);
        using (logger.BeginScope(new Dictionary<string, object> { ["TenantId"] = tenantId }))
        {
            await next.Send(context);
        }
    }

    /// <inheritdoc />
    public void Probe(ProbeContext context) => context.CreateFilterScope("tenant");
}
