namespace Spp.ServiceDefaults.OpenApi;

/// <summary>What every OpenAPI document of the platform says about the API as a whole.</summary>
public static class PlatformApiInfo
{
    /// <summary>The title of the public document.</summary>
    public const string Title = "SPP Platform API";

    /// <summary>The API version (the <c>v1</c> of <c>/api/v1</c>).</summary>
    public const string Version = "v1";

    /// <summary>The introduction of the public document.</summary>
    public const string Description =
        "The Schools Partnership Programme platform: tenants, schools, partnerships, rounds and review cycles. "
        + "Every error is application/problem+json. Updates and transitions require If-Match (428 without, 412 when stale, "
        + "with the current ETag); creates accept Idempotency-Key; lists page with a cursor (limit default 50, maximum 200). "
        + "Tenant routes are served under /t/{tenant} (or the tenant's own host name).";

    /// <summary>The licence under which the API may be used.</summary>
    public const string LicenseName = "SPP Platform terms of use";

    /// <summary>Where <see cref="LicenseName"/> is published.</summary>
    public const string LicenseUrl = "https://spp-platform.org/terms";

    /// <summary>Who answers questions about the API.</summary>
    public const string ContactName = "SPP Platform team";

    /// <summary>Where to ask.</summary>
    public const string ContactUrl = "https://spp-platform.org/support";

    /// <summary>The name of the bearer security scheme.</summary>
    public const string SecuritySchemeName = "bearer";

    /// <summary>The service's own document, relative to its root.</summary>
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>The document name given to ASP.NET Core's OpenAPI generator.</summary>
    public const string DocumentName = "v1";
}
