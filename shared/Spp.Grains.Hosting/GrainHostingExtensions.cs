using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Spp.Grains.Hosting.Audit;
using Spp.Grains.Hosting.Outbox;
using Spp.Grains.Hosting.Runtime;
using Spp.Grains.Hosting.Storage;
using Spp.ServiceDefaults.Telemetry;
using Spp.Storage;

namespace Spp.Grains.Hosting;

/// <summary>Hosts grains in a service.</summary>
public static class GrainHostingExtensions
{
    /// <summary>
    /// Adds the grain runtime over <typeparamref name="TDatabase"/> (state and outbox tables are
    /// migrated with it) and the outbox dispatcher. Register grain classes with <see cref="AddGrain{TInterface, TGrain}"/>.
    /// </summary>
    public static IServiceCollection AddGrainRuntime<TDatabase>(this IServiceCollection services, IConfiguration configuration)
        where TDatabase : ServiceDatabase
    {
        services.Configure<GrainRuntimeOptions>(configuration.GetSection("Grains"));
        services.Configure<OutboxDispatcherOptions>(configuration.GetSection("Outbox"));
        services.TryAddSingleton(TimeProvider.System);
        services.AddMigrations<TDatabase>(GrainStoreMigrations.Set);
        services.AddSingleton(sp => new SqlGrainStore(sp.GetRequiredService<TDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IGrainStateStore>(sp => sp.GetRequiredService<SqlGrainStore>());
        services.AddSingleton<IOutboxStore>(sp => sp.GetRequiredService<SqlGrainStore>());
        services.AddSingleton<IAuditTrail>(sp => new SqlAuditTrail(sp.GetRequiredService<TDatabase>()));
        services.AddSingleton(sp => new DispatcherLease(sp.GetRequiredService<TDatabase>()));
        CatalogOf(services);
        services.AddSingleton<GrainRuntimeMetrics>();
        services.AddSingleton<GrainDirectory>();
        services.AddSingleton<GrainRuntime>();
        services.AddSingleton<IGrainFactory, GrainFactory>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxPublisher>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddHostedService<IdleGrainCollector>();
        services.AddSppTelemetrySource(GrainRuntimeMetrics.Name);
        services.AddSppTelemetrySource("Spp.Outbox");
        return services;
    }

    /// <summary>Registers a grain class behind its interface.</summary>
    public static IServiceCollection AddGrain<TInterface, TGrain>(this IServiceCollection services)
        where TInterface : IGrain
        where TGrain : class, TInterface, IGrainInstance
    {
        CatalogOf(services).Add(typeof(TInterface), typeof(TGrain));
        return services;
    }

    private static GrainCatalog CatalogOf(IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(GrainCatalog))?.ImplementationInstance is GrainCatalog existing)
        {
            return existing;
        }

        var catalog = new GrainCatalog();
        services.AddSingleton(catalog);
        return catalog;
    }
}
