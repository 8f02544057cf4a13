using MassTransit;
using Spp.Contracts.Messaging;

namespace Spp.Messaging;

/// <summary>
/// Runs each consume attempt of a grain event in its grain's lane (see <see cref="GrainStreamLocks"/>).
/// It sits inside the retry filter, so an event that waits for its predecessor gives the lane up
/// between attempts.
/// </summary>
public sealed class GrainOrderFilter<T>(GrainStreamLocks locks) : IFilter<ConsumeContext<T>>
    where T : class
{
    /// <inheritdoc />
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var grainId = context.Headers.Get<string>(EventHeaders.GrainId);
        if (grainId is null)
        {
            await next.Send(context);
            return;
        }

        var lane = locks.LaneOf(grainId);
        await lane.WaitAsync(context.CancellationToken);
        try
        {
            await next.Send(context);
        }
        finally
        {
            lane.Release();
        }
    }

    /// <inheritdoc />
    public void Probe(ProbeContext context) => context.CreateFilterScope("grain-order");
}
