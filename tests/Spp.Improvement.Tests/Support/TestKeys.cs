using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Spp.Tenancy.Tokens;

namespace Spp.Improvement.Tests.Support;

/// <summary>Internal-token keys and issuers as the settings would carry them.</summary>
internal static class TestKeys
{
    public static string NewBase64Key(int bytes = 32) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes));

    public static InternalTokenIssuer Issuer(string base64Key, TimeProvider? time = null) =>
        new(Options.Create(new InternalTokenOptions { SigningKey = base64Key }), time ?? TimeProvider.System);
}
