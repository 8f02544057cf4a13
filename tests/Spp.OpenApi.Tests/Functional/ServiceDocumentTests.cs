using System.Net;
using System.Text.Json.Nodes;
using Spp.OpenApi.Tests.Support;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.OpenApi.Tests.Functional;

public sealed class ServiceDocumentTests(PlatformFixture platform) : IClassFixture<PlatformFixture>
{
    [Fact]
    public async Task Each_service_serves_its_own_openapi_3_1_document_without_a_token_and_without_internal_routes()
    {
        foreach (var service in platform.Services)
        {
            var document = await DocumentOf(service);

            Assert.StartsWith("3.1", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Contains(service.Name, document["info"]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.DoesNotContain(document["paths"]!.AsObject(), p => p.Key.StartsWith("/internal", StringComparison.Ordinal));
            Assert.All(document["servers"]?.AsArray() ?? [], s => Assert.False(s!["url"]!.GetValue<string>().EndsWith('/')));
        }
    }

    [Fact]
    public async Task Problem_answers_refer_to_the_shared_problem_responses_and_paths_have_no_trailing_slash()
    {
        var document = await DocumentOf(platform.Improvement);
        var operations = Operations.All(document).ToList();

        Assert.NotEmpty(operations);
        Assert.All(operations, o => Assert.False(o.Path.Length > 1 && o.Path.EndsWith('/'), o.Path));
        foreach (var (_, _, operation) in operations)
        {
            foreach (var (status, response) in operation["responses"]!.AsObject().Where(r => r.Key[0] is '4' or '5'))
            {
                var name = ProblemResponses.ByStatus[int.Parse(status, System.Globalization.CultureInfo.InvariantCulture)].Name;
                Assert.Equal($"#/components/responses/{name}", response!["$ref"]?.GetValue<string>());
            }
        }

        Assert.Equal("ValidationProblemDetails", document["components"]!["responses"]!["BadRequest"]!["content"]![ProblemResponses.ContentType]!["schema"]!["$ref"]!.GetValue<string>().Split('/')[^1]);
        Assert.NotNull(document["components"]!["responses"]!["PreconditionFailed"]!["headers"]!["ETag"]);
    }

    private static async Task<JsonObject> DocumentOf(ServiceHost service)
    {
        using var client = new HttpClient { BaseAddress = service.Address };
        using var response = await client.GetAsync(PlatformApiInfo.DocumentPath.TrimStart('/'), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
    }
}
