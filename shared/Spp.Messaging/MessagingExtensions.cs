using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spp.ServiceDefaults;
using Spp.ServiceDefaults.Configuration;

namespace Spp.Messaging;

/// <summary>MassTransit as every SPP service uses it.</summary>
public static class MessagingExtensions
{
    /// <summary>
    /// Adds MassTransit on RabbitMQ from <c>ConnectionStrings:RabbitMq</c> (an <c>amqp://</c> URI), or on
    /// the in-memory transport when <c>Messaging:Transport</c> is <c>InMemory</c> (the all-in-one); with
    /// neither, start-up fails naming the setting. Consumers get bounded retries, then the
    /// <c>_error</c> queue; the bus is part of readiness.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformMessaging(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator> configureConsumers)
    {
        var rabbitUri = ParseRabbitUri(builder.Configuration.GetConnectionString("RabbitMq"));
        if (rabbitUri is null && !string.Equals(builder.Configuration["Messaging:Transport"], "InMemory", StringComparison.OrdinalIgnoreCase))
        {
            // Events on an in-memory bus never leave the process: fine when every service is in it
            // (the all-in-one says so explicitly), silent loss anywhere else.
            throw RequiredSettings.Missing("ConnectionStrings:RabbitMq", "is required (the in-memory bus is for the all-in-one, which sets Messaging__Transport=InMemory)");
        }

        builder.Services.Configure<MessagingOptions>(builder.Configuration.GetSection("Messaging"));
        builder.Services.AddScoped<MessageTenant>();
        builder.Services.AddSingleton<GrainStreamLocks>();
        builder.Services.AddMassTransit(x =>
        {
            x.SetKebabCaseEndpointNameFormatter();
            x.ConfigureHealthCheckOptions(o =>
            {
                o.Name = "broker";
                o.Tags.Add(HealthEndpoints.ReadyTag);
            });
            x.AddConfigureEndpointsCallback((context, _, endpoint) => ConsumerRetry.Configure(context, endpoint));
            configureConsumers(x);
            if (rabbitUri is not null)
            {
                x.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(rabbitUri, h => h.ConnectionName(builder.Environment.ApplicationName));
                    cfg.UseConsumeFilter(typeof(TenantConsumeFilter<>), context);
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                x.UsingInMemory((context, cfg) =>
                {
                    cfg.UseConsumeFilter(typeof(TenantConsumeFilter<>), context);
                    cfg.ConfigureEndpoints(context);
                });
            }
        });
        return builder;
    }

    private static Uri? ParseRabbitUri(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "amqp" or "amqps" or "rabbitmq"
            ? uri
            : throw RequiredSettings.Missing("ConnectionStrings:RabbitMq", "must be an amqp:// URI such as amqp://user:password@host:5672/vhost");
    }
}
