namespace Spp.Tenancy.Tokens;

/// <summary>Names used by the internal-token authentication.</summary>
public static class InternalTokenDefaults
{
    /// <summary>The authentication scheme services use to accept internal tokens.</summary>
    public const string AuthenticationScheme = "Internal";

    /// <summary>How far clocks of the gateway and a service may disagree.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);
}
