using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spp.Improvement.Tests.Actions.Support;

/// <summary>Reads the action plan API's answers.</summary>
internal static class PlanResponses
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Asserts <paramref name="status"/>, a JSON body and an ETag header, and reads the body.</summary>
    public static async Task<(T Body, string ETag)> AssertAsync<T>(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var etag = response.Headers.ETag?.ToString();
        Assert.NotNull(etag);
        return (JsonSerializer.Deserialize<T>(text, Json)!, etag);
    }
}
