using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Spp.Storage;

namespace Spp.Messaging.Inbox;

/// <summary>Registers the event inbox in a consuming service's database.</summary>
public static class InboxExtensions
{
    /// <summary>Adds <see cref="EventInbox{TDatabase}"/> and its tables to <typeparamref name="TDatabase"/>.</summary>
    public static IServiceCollection AddEventInbox<TDatabase>(this IServiceCollection services)
        where TDatabase : ServiceDatabase
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMigrations<TDatabase>(InboxMigrations.Set);
        services.AddSingleton<EventInbox<TDatabase>>();
        return services;
    }
}
