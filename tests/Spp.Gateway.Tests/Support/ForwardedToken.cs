using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Spp.Contracts.Identity;

namespace Spp.Gateway.Tests.Support;

/// <summary>Checks the internal token a backend received, as a service would.</summary>
internal static class ForwardedToken
{
    public static async Task<ClaimsIdentity> ValidateAsync(RecordedRequest request, string signingKey, params string[] audiences)
    {
        Assert.Equal(1, request.HeaderCount(InternalToken.HeaderName));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(request.Header(InternalToken.HeaderName), TestKeys.InternalValidation(signingKey, audiences));
        Assert.True(result.IsValid, result.Exception?.Message);
        return result.ClaimsIdentity;
    }
}
