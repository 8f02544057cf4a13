namespace Spp.Gateway.Identity;

/// <summary>External token issuers the gateway trusts, section <c>Gateway:Authentication</c>.</summary>
public sealed record ExternalAuthenticationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway:Authentication";

    /// <summary>Issuers by name.</summary>
    public IReadOnlyDictionary<string, ExternalIssuerOptions> Issuers { get; init; } = new Dictionary<string, ExternalIssuerOptions>();
}
