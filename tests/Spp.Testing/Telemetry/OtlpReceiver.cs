using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Spp.Testing.Telemetry;

/// <summary>
/// A small OTLP/HTTP trace receiver in the test: every process under test exports its spans here
/// (standard <c>OTEL_EXPORTER_OTLP_*</c> settings), as it would to a collector in production.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ExportedSpan> spans = new();
    private readonly ConcurrentQueue<byte[]> payloads = new();

    private OtlpReceiver(int port)
    {
        Endpoint = $"http://127.0.0.1:{port}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(Endpoint);
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            payloads.Enqueue(body.ToArray());
            foreach (var span in OtlpTraceDecoder.Decode(body.ToArray()))
            {
                spans.Enqueue(span);
            }

            return Results.Bytes([], "application/x-protobuf");
        });
    }

    /// <summary>The base address exporters send to (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>).</summary>
    public string Endpoint { get; }

    /// <summary>Every span received so far.</summary>
    public IReadOnlyList<ExportedSpan> Spans => [.. spans];

    /// <summary>Every export request body received so far, as sent (protobuf).</summary>
    public IReadOnlyList<byte[]> Payloads => [.. payloads];

    /// <summary>Starts a receiver on a free loopback port.</summary>
    public static async Task<OtlpReceiver> StartAsync()
    {
        var receiver = new OtlpReceiver(FreePort.Next());
        await receiver.app.StartAsync();
        return receiver;
    }

    /// <summary>The standard settings that point a process's exporter here.</summary>
    public Dictionary<string, string?> ExporterSettings(string serviceName) => new()
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Endpoint,
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        ["OTEL_SERVICE_NAME"] = serviceName,
        ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
    };

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
