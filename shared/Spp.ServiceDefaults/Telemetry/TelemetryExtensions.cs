using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Spp.ServiceDefaults.Telemetry;

/// <summary>OpenTelemetry wiring, built by hand because the hosting and instrumentation packages are not available.</summary>
public static class TelemetryExtensions
{
    /// <summary>Adds an activity source and meter name that this process's providers listen to.</summary>
    public static IServiceCollection AddSppTelemetrySource(this IServiceCollection services, string name)
    {
        SourcesOf(services).Add(name);
        return services;
    }

    internal static void AddPlatformTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        var sources = SourcesOf(builder.Services);
        var otlpEndpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var exportOtlp = !string.IsNullOrWhiteSpace(otlpEndpoint);
        var resource = ResourceBuilder.CreateDefault()
            .AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? serviceName, serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId);

        builder.Services.TryAddSingleton(sp =>
        {
            var tracing = Sdk.CreateTracerProviderBuilder()
                .SetResourceBuilder(resource)
                .AddSource([.. sources.ActivitySources]);
            foreach (var processor in sp.GetServices<BaseProcessor<System.Diagnostics.Activity>>())
            {
                tracing.AddProcessor(processor);
            }

            if (exportOtlp)
            {
                tracing.AddOtlpExporter();
            }

            return tracing.Build()!;
        });
        builder.Services.TryAddSingleton(_ =>
        {
            var metrics = Sdk.CreateMeterProviderBuilder()
                .SetResourceBuilder(resource)
                .AddMeter([.. sources.Meters]);
            if (exportOtlp)
            {
                metrics.AddOtlpExporter((OtlpExporterOptions _, MetricReaderOptions reader) =>
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 10_000);
            }

            return metrics.Build()!;
        });
        builder.Services.AddHostedService<TelemetryStartup>();
    }

    private static TelemetrySources SourcesOf(IServiceCollection services)
    {
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(TelemetrySources))?.ImplementationInstance;
        if (existing is TelemetrySources sources)
        {
            return sources;
        }

        sources = new TelemetrySources();
        services.AddSingleton(sources);
        return sources;
    }
}
