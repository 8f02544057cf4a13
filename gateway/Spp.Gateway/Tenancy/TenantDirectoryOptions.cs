namespace Spp.Gateway.Tenancy;

/// <summary>The gateway's tenant directory, section <c>Gateway:TenantDirectory</c>.</summary>
public sealed record TenantDirectoryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway:TenantDirectory";

    /// <summary>The longest an answer may be cached: a suspension must take effect within 60 s even if its event is lost.</summary>
    public static readonly TimeSpan MaximumCacheDuration = TimeSpan.FromSeconds(60);

    /// <summary>How long a slug's answer (found or not) is kept.</summary>
    public TimeSpan CacheDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The cluster that owns tenants; its service name is also the audience of the lookup token.</summary>
    public string ClusterId { get; init; } = "improvement";

    /// <summary>How long one lookup may take before the request is answered 503.</summary>
    public TimeSpan LookupTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
