using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Spp.Gateway.DevelopmentIssuer;

/// <summary>
/// The development issuer's RSA key, made when the process starts and never stored: tokens die with
/// the process, and no other process (another gateway included) can mint one this gateway accepts.
/// </summary>
internal sealed class DevelopmentIssuerKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public DevelopmentIssuerKey()
    {
        Key = new RsaSecurityKey(_rsa) { KeyId = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(12)) };
        Credentials = new SigningCredentials(Key, SecurityAlgorithms.RsaSha256);
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_rsa.ExportParameters(includePrivateParameters: false)) { KeyId = Key.KeyId });
        Public = new PublicJsonWebKey(jwk.Kty, "sig", jwk.Kid, SecurityAlgorithms.RsaSha256, jwk.N, jwk.E);
    }

    public RsaSecurityKey Key { get; }

    public SigningCredentials Credentials { get; }

    /// <summary>The public half as the JWKS publishes it.</summary>
    public PublicJsonWebKey Public { get; }

    public void Dispose() => _rsa.Dispose();
}

/// <summary>One key of a JWKS document (RFC 7517), public parameters only.</summary>
internal sealed record PublicJsonWebKey(string Kty, string Use, string Kid, string Alg, string N, string E);
