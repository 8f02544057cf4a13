using MassTransit;
using Spp.Messaging;
using Spp.Messaging.Inbox;
using Spp.Storage;
using Spp.Tenancy.Tokens;

namespace Spp.Notifications;

/// <summary>
/// Composition of the notifications service, used by its own host and by the all-in-one. The
/// service stands on its own database, inbox and bus; its consumers (reminders, inbox, e-mail)
/// arrive with the review cycle's events.
/// </summary>
public static class NotificationsExtensions
{
    /// <summary>The service's name in tokens, telemetry and settings.</summary>
    public const string ServiceName = "notifications";

    /// <summary>Adds the notifications database with its inbox, and API auth.</summary>
    public static IHostApplicationBuilder AddNotificationsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase(NotificationsDatabase.Name, (name, cs) => new NotificationsDatabase(name, cs));
        builder.Services.AddEventInbox<NotificationsDatabase>();
        builder.Services.AddInternalTokenAuthentication(builder.Configuration, ServiceName);
        builder.Services.AddAuthorization();
        return builder;
    }

    /// <summary>Adds the notifications consumers to the bus.</summary>
    public static void AddNotificationsConsumers(IBusRegistrationConfigurator bus) => ArgumentNullException.ThrowIfNull(bus);

    /// <summary>Maps the notifications routes.</summary>
    public static IEndpointRouteBuilder MapNotificationsEndpoints(this IEndpointRouteBuilder app) => app;

    /// <summary>Adds the notifications service with its own bus, as its own process runs it.</summary>
    public static IHostApplicationBuilder AddNotificationsService(this IHostApplicationBuilder builder)
    {
        builder.AddNotificationsServices();
        builder.AddPlatformMessaging(AddNotificationsConsumers);
        return builder;
    }
}
