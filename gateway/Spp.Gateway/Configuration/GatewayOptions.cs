namespace Spp.Gateway.Configuration;

/// <summary>Gateway settings, section <c>Gateway</c>.</summary>
public sealed record GatewayOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway";

    /// <summary>Tenant host names are <c>{slug}.{BaseDomain}</c>; empty turns host-name tenants off.</summary>
    public string? BaseDomain { get; init; }
}
