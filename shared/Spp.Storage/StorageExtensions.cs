using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spp.ServiceDefaults;
using Spp.Storage.Migrations;

namespace Spp.Storage;

/// <summary>Registers a service's database, its migrations and its readiness check.</summary>
public static class StorageExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TDatabase"/> from <c>ConnectionStrings:{serviceName}</c>, applies its
    /// migrations before the host starts serving, and adds it to readiness.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDatabase>(this IHostApplicationBuilder builder, string serviceName, Func<string, string?, TDatabase> create)
        where TDatabase : ServiceDatabase
    {
        var database = create(serviceName, builder.Configuration.GetConnectionString(serviceName));
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton<MigrationRunner>();
        builder.Services.AddHostedService<MigrationHostedService<TDatabase>>();
        builder.Services.AddHealthChecks().Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
            $"{serviceName.ToLowerInvariant()}-database",
            sp => new DatabaseHealthCheck(sp.GetRequiredService<TDatabase>()),
            failureStatus: null,
            tags: [HealthEndpoints.ReadyTag]));
        return builder;
    }

    /// <summary>Adds a component's migrations to <typeparamref name="TDatabase"/>.</summary>
    public static IServiceCollection AddMigrations<TDatabase>(this IServiceCollection services, MigrationSet set)
        where TDatabase : ServiceDatabase
    {
        services.AddSingleton(new DatabaseMigrations<TDatabase>(set));
        return services;
    }
}
