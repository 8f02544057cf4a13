namespace Spp.Contracts.Identity;

/// <summary>
/// The short-lived token the gateway signs for every forwarded request. Services accept only
/// this token, from this header; the gateway strips any copy a caller sends.
/// </summary>
public static class InternalToken
{
    /// <summary>The request header carrying the internal token.</summary>
    public const string HeaderName = "X-Spp-Internal-Token";

    /// <summary>The issuer every internal token names.</summary>
    public const string Issuer = "spp-gateway";

    /// <summary>The audience of tokens minted by the gateway for the platform's services.</summary>
    public const string ServicesAudience = "spp-services";

    /// <summary>The subject used until the caller has signed in.</summary>
    public const string AnonymousSubject = "anonymous";
}
