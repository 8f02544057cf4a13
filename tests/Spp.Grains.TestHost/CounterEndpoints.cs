using Spp.Grains.Hosting.Outbox;
using Spp.Grains.Hosting.Runtime;

namespace Spp.Grains.TestHost;

/// <summary>
/// HTTP access to a grain host, so tests can drive one running as a separate process:
/// increments, reads, and the runtime's counters.
/// </summary>
public static class CounterEndpoints
{
    /// <summary>The body of <c>POST /counters/{key}/increment</c>.</summary>
    public sealed record IncrementRequest(Guid CommandId);

    public static WebApplication MapCounterEndpoints(this WebApplication app)
    {
        // 200 with the counter once the grain call has returned (state and event are stored);
        // 409 when the write kept conflicting (nothing stored, safe to retry).
        app.MapPost("/counters/{key}/increment", async (string key, IncrementRequest request, IGrainFactory grains) =>
        {
            try
            {
                return Results.Ok(await grains.GetGrain<ICounterGrain>(key).Increment(request.CommandId));
            }
            catch (GrainConcurrencyException ex)
            {
                return Results.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict);
            }
        });
        app.MapGet("/counters/{key}", async (string key, IGrainFactory grains) => Results.Ok(await grains.GetGrain<ICounterGrain>(key).Get()));
        app.MapGet("/metrics/conflicts", (GrainRuntimeMetrics metrics) => Results.Ok(metrics.Conflicts));
        app.MapGet("/metrics/writes", (GrainRuntimeMetrics metrics) => Results.Ok(metrics.Writes));
        app.MapGet("/metrics/dispatched", (OutboxDispatcher dispatcher) => Results.Ok(dispatcher.Dispatched));
        return app;
    }
}
