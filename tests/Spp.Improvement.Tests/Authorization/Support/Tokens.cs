using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using Spp.Contracts.Identity;

namespace Spp.Improvement.Tests.Authorization.Support;

/// <summary>Tokens a caller might try that the gateway never signed.</summary>
internal static class Tokens
{
    /// <summary>
    /// <paramref name="token"/> with its payload rewritten to claim the national team and tenant
    /// administration, keeping the original signature: what someone editing a captured token sends.
    /// </summary>
    public static string Tampered(string token)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload[PlatformClaims.Role] = new JsonArray(PlatformRoles.NationalTeam, PlatformRoles.TenantAdmin);
        parts[1] = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return string.Join('.', parts);
    }
}
