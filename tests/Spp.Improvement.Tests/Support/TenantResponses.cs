using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spp.Improvement.Tenants;

namespace Spp.Improvement.Tests.Support;

/// <summary>Reads tenants as the API returns them.</summary>
internal static class TenantResponses
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Asserts <paramref name="status"/> and a JSON tenant whose ETag header matches its body.</summary>
    public static async Task<TenantView> AssertTenantAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var tenant = JsonSerializer.Deserialize<TenantView>(text, Json)!;
        Assert.Equal(tenant.ETag, response.Headers.ETag?.ToString());
        return tenant;
    }

    public static Task<T?> ReadAsync<T>(HttpResponseMessage response) =>
        response.Content.ReadFromJsonAsync<T>(Json, TestContext.Current.CancellationToken);
}
