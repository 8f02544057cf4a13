using System.Net;
using Spp.OpenApi.Tests.Support;

namespace Spp.OpenApi.Tests.Functional;

public sealed class DocumentAvailabilityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("spp-openapi-").FullName;
    private readonly string _key = ServiceHost.NewSigningKey();

    [Fact]
    public async Task The_document_is_unavailable_until_every_published_service_has_answered_then_fetched_again()
    {
        await using var improvement = await ServiceHost.ImprovementAsync(_folder, _key);
        var reportingPort = ServiceHost.FreePort();
        await using var gateway = await PublicGateway.StartAsync(_key, new Dictionary<string, Uri>
        {
            ["improvement"] = improvement.Address,
            ["reporting"] = new($"http://127.0.0.1:{reportingPort}/"),
        });

        using (var unavailable = await gateway.GetDocumentAsync())
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
            Assert.Equal("application/problem+json", unavailable.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(unavailable.Headers.RetryAfter);
        }

        await using var reporting = await ServiceHost.ReportingAsync(_folder, _key, reportingPort);
        var document = await gateway.DocumentAsync();
        Assert.NotNull(document["paths"]!["/api/v1/platform/reports/tenants"]);
        Assert.NotNull(document["paths"]!["/api/v1/platform/tenants"]);
    }

    [Fact]
    public async Task A_service_that_stops_answering_keeps_its_last_document_published()
    {
        await using var improvement = await ServiceHost.ImprovementAsync(_folder, _key);
        var reporting = await ServiceHost.ReportingAsync(_folder, _key);
        await using var gateway = await PublicGateway.StartAsync(
            _key,
            new Dictionary<string, Uri> { ["improvement"] = improvement.Address, ["reporting"] = reporting.Address },
            new Dictionary<string, string?> { ["Gateway:OpenApi:CacheDuration"] = "00:00:00" });
        Assert.NotNull((await gateway.DocumentAsync())["paths"]!["/api/v1/platform/reports/tenants"]);

        await reporting.DisposeAsync();

        Assert.NotNull((await gateway.DocumentAsync())["paths"]!["/api/v1/platform/reports/tenants"]);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
