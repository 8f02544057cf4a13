using System.Net;
using System.Net.Http.Json;

namespace Spp.AllInOne.Tests.Support;

/// <summary>A tenant as the platform API returns it, with the ETag of the response.</summary>
internal sealed record Tenant(Guid Id, string Slug, string Name, string Status)
{
    public string ETag { get; init; } = string.Empty;

    public static async Task<Tenant> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        var tenant = await response.Content.ReadFromJsonAsync<Tenant>(TestContext.Current.CancellationToken) ?? throw new InvalidOperationException(text);
        return tenant with { ETag = response.Headers.ETag?.ToString() ?? string.Empty };
    }

    public static string NewSlug() => "e2e-" + Guid.NewGuid().ToString("N")[..10];
}
