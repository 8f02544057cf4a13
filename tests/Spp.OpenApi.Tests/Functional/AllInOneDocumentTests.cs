using System.Net;
using System.Text.Json.Nodes;
using Spp.OpenApi.Tests.Support;

namespace Spp.OpenApi.Tests.Functional;

public sealed class AllInOneDocumentTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("spp-openapi-aio-").FullName;

    [Fact]
    public async Task The_all_in_one_publishes_the_merged_document_from_its_in_process_services()
    {
        await using var platform = await AllInOneHost.StartAsync(_folder);

        using var response = await platform.Client.GetAsync("openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();

        // The one in-process document describes every service; each path is published once, where its own route leads.
        var paths = document["paths"]!.AsObject();
        Assert.Null(paths["/api/v1/platform/tenants"]!["servers"]);
        Assert.Null(paths["/api/v1/platform/reports/tenants"]!["servers"]);
        Assert.Equal("SPP Platform API", document["info"]!["title"]!.GetValue<string>());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
