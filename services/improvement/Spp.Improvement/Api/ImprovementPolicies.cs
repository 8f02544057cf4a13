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

    /// <summary>A signed-in person inside a resolved tenant (the gateway admitted them as a member).</summary>
    public const string TenantMember = "tenant-member";

    /// <summary>A signed-in person, inside or outside a tenant.</summary>
    public const string SignedIn = "signed-in";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(NationalTeam, p => p.RequireAuthenticatedUser().RequireClaim(PlatformClaims.Role, PlatformRoles.NationalTeam));
        options.AddPolicy(TenantMember, p => p.RequireAuthenticatedUser().RequireAssertion(c => Caller.From(c.User) is { PersonId: not null, TenantId: not null }));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser().RequireAssertion(c => Caller.From(c.User).PersonId is not null));
        options.AddPolicy(InternalCaller, p => p.RequireAuthenticatedUser().RequireAssertion(c => c.User.GetCallingService() is not null));
    }
}
