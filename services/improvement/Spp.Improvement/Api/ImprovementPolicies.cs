using Microsoft.AspNetCore.Authorization;
using Spp.Contracts.Identity;
using Spp.Tenancy;

namespace Spp.Improvement.Api;

/// <summary>Authorization policies of the improvement service.</summary>
public static class ImprovementPolicies
{
    /// <summary>The national programme team.</summary>
    public const string NationalTeam = "national-team";

    /// <summary>Another platform service, with a service-to-service token addressed to this one.</summary>
    public const string InternalCaller = "internal-caller";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(NationalTeam, p => p.RequireAuthenticatedUser().RequireClaim(PlatformClaims.Role, PlatformRoles.NationalTeam));
        options.AddPolicy(InternalCaller, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.GetCallingService() is not null));
    }
}
