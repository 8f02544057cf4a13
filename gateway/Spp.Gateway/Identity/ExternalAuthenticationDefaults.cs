namespace Spp.Gateway.Identity;

/// <summary>Authentication scheme names of external callers.</summary>
internal static class ExternalAuthenticationDefaults
{
    /// <summary>The policy scheme the gateway authenticates with; it forwards to the issuer's scheme.</summary>
    public const string PolicyScheme = "External";

    /// <summary>Answers for tokens no configured issuer claims.</summary>
    public const string UntrustedScheme = "External:untrusted";

    /// <summary>Tokens of the built-in development issuer, when it is enabled.</summary>
    public const string DevelopmentScheme = "External:development-issuer";

    public static string IssuerScheme(string issuerName) => "External:" + issuerName;
}
