namespace Spp.Gateway.OpenApi;

/// <summary>The merged public OpenAPI document, section <c>Gateway:OpenApi</c>.</summary>
public sealed record PublicDocumentOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway:OpenApi";

    /// <summary>How long a service's document is used before it is fetched again (a failed fetch is retried on the next request).</summary>
    public TimeSpan CacheDuration { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the gateway waits for a service's document.</summary>
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The slug offered as the <c>tenant</c> server variable's default (the all-in-one's demo tenant).</summary>
    public string TenantExample { get; init; } = "demo";
}
