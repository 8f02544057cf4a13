using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spp.Messaging.Inbox;

namespace Spp.Messaging;

/// <summary>
/// Bounded in-process retry, then the error queue (the delayed-message plugin is not available, so
/// there is no delayed redelivery). An out-of-order event waits longer than a failing one. Inside
/// the retries, events of one grain take turns (<see cref="GrainOrderFilter{T}"/>).
/// </summary>
internal static class ConsumerRetry
{
    public static void Configure(IRegistrationContext context, IReceiveEndpointConfigurator endpoint)
    {
        var options = context.GetRequiredService<IOptions<MessagingOptions>>().Value;
        endpoint.UseMessageRetry(r =>
        {
            r.Handle<EventOutOfOrderException>();
            // Short, even waits: the predecessor is usually being applied at this moment, and a
            // growing back-off would stall every later event of the grain behind this one.
            r.Interval(options.OutOfOrderRetryLimit, TimeSpan.FromMilliseconds(20));
        });
        endpoint.UseMessageRetry(r =>
        {
            r.Ignore<EventOutOfOrderException>();
            r.Incremental(options.RetryLimit, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400));
        });
        endpoint.UseConsumeFilter(typeof(GrainOrderFilter<>), context);
    }
}
