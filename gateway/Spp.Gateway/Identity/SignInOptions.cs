namespace Spp.Gateway.Identity;

/// <summary>How the gateway learns who a signed-in caller is on the platform, section <c>Gateway:SignIn</c>.</summary>
public sealed record SignInOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway:SignIn";

    /// <summary>The longest an answer may be kept: a removed membership must stop working within 60 s.</summary>
    public static readonly TimeSpan MaximumCacheDuration = TimeSpan.FromSeconds(60);

    /// <summary>How long a person's answer is kept per (issuer, subject).</summary>
    public TimeSpan CacheDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The cluster that owns people and answers the sign-in route; also the audience of its token.</summary>
    public string ClusterId { get; init; } = "improvement";

    /// <summary>How long one resolution may take before the request is answered 503.</summary>
    public TimeSpan LookupTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
