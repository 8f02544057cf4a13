using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Spp.Contracts.Tenants;
using Spp.Gateway.Tests.Support;
using Spp.Testing;

namespace Spp.Gateway.Tests.Functional;

/// <summary>Directory invalidation over a real RabbitMQ broker, with more than one gateway instance.</summary>
public sealed class RabbitMqInvalidationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_gateway_instance_receives_the_suspension_and_evicts_its_entry()
    {
        var rabbit = TestServers.RabbitMq;
        await using var backend = await FakeBackend.StartAsync();
        var acme = backend.AddTenant("acme");
        var settings = GatewayHost.SettingsFor(backend);
        settings["ConnectionStrings:RabbitMq"] = rabbit.ToString();
        await using var first = await GatewayHost.StartAsync(settings);
        await using var second = await GatewayHost.StartAsync(settings);
        foreach (var gateway in new[] { first, second })
        {
            // The bus starts in the background; an event published before an endpoint is bound is not delivered to it.
            await gateway.WaitUntilReadyAsync();
            using var response = await gateway.Client.GetAsync("t/acme/api/v1/schools", Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        backend.Tenants["acme"] = backend.Tenants["acme"] with { Status = TenantStatus.Suspended };
        await first.App.Services.GetRequiredService<IBus>().Publish(new TenantSuspended(acme, "unpaid"), Ct);

        // With one shared queue only one instance would hear of it; the other would keep its entry for the cache duration (30 s).
        Assert.Equal(HttpStatusCode.NotFound, await StatusOnceEvictedAsync(first));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOnceEvictedAsync(second));
    }

    private static async Task<HttpStatusCode> StatusOnceEvictedAsync(GatewayHost gateway)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            using var response = await gateway.Client.GetAsync("t/acme/api/v1/schools", Ct);
            if (response.StatusCode != HttpStatusCode.OK || DateTime.UtcNow > deadline)
            {
                return response.StatusCode;
            }

            await Task.Delay(100, Ct);
        }
    }
}
