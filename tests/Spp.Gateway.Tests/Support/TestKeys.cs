using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Spp.Tenancy.Tokens;

namespace Spp.Gateway.Tests.Support;

/// <summary>Fresh random keys, as the settings would carry them.</summary>
internal static class TestKeys
{
    public static string NewBase64Key(int bytes = 32) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes));

    public static InternalTokenIssuer Issuer(string key, TimeProvider? time = null) =>
        new(Options.Create(new InternalTokenOptions { SigningKey = key }), time ?? TimeProvider.System);

    public static TokenValidationParameters InternalValidation(string key, params string[] audiences) =>
        InternalTokenValidation.CreateParameters(
            InternalTokenKey.Create(new InternalTokenOptions { SigningKey = key }),
            audiences.Length == 0 ? [Spp.Contracts.Identity.InternalToken.ServicesAudience] : audiences);
}
