using Spp.Grains.Hosting;
using Spp.Messaging;
using Spp.Messaging.Inbox;
using Spp.ServiceDefaults;
using Spp.Storage;

namespace Spp.Grains.TestHost;

/// <summary>
/// Builds a host with the roles a test asks for: <c>grains</c> (runtime + dispatcher over
/// <c>ConnectionStrings:Counter</c>) and/or <c>projection</c> (the consumer over
/// <c>ConnectionStrings:CounterProjection</c>), on the bus from <c>ConnectionStrings:RabbitMq</c>.
/// A grain host also answers the HTTP calls of <see cref="CounterEndpoints"/>.
/// </summary>
public static class CounterHost
{
    public static WebApplication Build(string[] args, bool grains, bool projection, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults("counter-test");
        if (grains)
        {
            builder.AddServiceDatabase("Counter", (n, cs) => new CounterDatabase(n, cs));
            builder.Services.AddGrainRuntime<CounterDatabase>(builder.Configuration).AddGrain<ICounterGrain, CounterGrain>();
        }

        if (projection)
        {
            builder.AddServiceDatabase("CounterProjection", (n, cs) => new CounterProjectionDatabase(n, cs));
            builder.Services.AddEventInbox<CounterProjectionDatabase>();
            builder.Services.AddMigrations<CounterProjectionDatabase>(CounterProjectionMigrations.Set);
        }

        builder.AddPlatformMessaging(x =>
        {
            if (projection)
            {
                x.AddConsumer<CounterProjection>();
            }
        });
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapDefaultEndpoints();
        if (grains)
        {
            app.MapCounterEndpoints();
        }

        return app;
    }
}
