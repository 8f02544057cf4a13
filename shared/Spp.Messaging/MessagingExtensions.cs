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
    /// Adds MassTransit on RabbitMQ when <c>ConnectionStrings:RabbitMq</c> is set (an <c>amqp://</c> URI),
    /// else on the in-memory transport (the all-in-one). Consumers get bounded retries, then the
    /// <c>_error</c> queue; the bus is part of readiness.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformMessaging(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator> configureConsumers)
    {
        var rabbit = builder.Configuration.GetConnectionString("RabbitMq");
        var rabbitUri = ParseRabbitUri(rabbit);
        builder.Services.Configure<MessagingOptions>(builder.Configuration.GetSection("Messaging"));
        builder.Services.AddScoped<MessageTenant>();
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
