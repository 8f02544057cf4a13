using Spp.Improvement.Tests.Authorization.Support;

namespace Spp.Improvement.Tests.Authorization.Recipes;

/// <summary>Valid bodies for the national team's platform routes and a host's own routes.</summary>
internal static class PlatformBodies
{
    public static IReadOnlyDictionary<string, Func<AuthorizationWorld, object>> All { get; } = new Dictionary<string, Func<AuthorizationWorld, object>>
    {
        ["POST /api/v1/platform/hosts"] = _ => new { name = "Leeds Teaching School Hub", kind = "Trust" },
        ["PATCH /api/v1/platform/hosts/{hostId:guid}"] = _ => new { name = "Leeds Hub", status = "Active" },
        ["POST /api/v1/platform/hosts/{hostId:guid}/invitations"] = _ => new { email = "host.admin@example.org" },
        ["POST /api/v1/platform/school-imports"] = _ => new StringContent("URN,EstablishmentName\n", System.Text.Encoding.UTF8, "text/csv"),
        ["POST /api/v1/platform/schools/{urn:int}/transfer"] = w => new { toTenantId = w.OtherTenantId },
        ["POST /api/v1/platform/tenants"] = _ => new { slug = "t-" + Guid.NewGuid().ToString("N")[..12], name = "Aire Valley Trust" },
        ["PATCH /api/v1/platform/tenants/{id:guid}"] = _ => new { name = "Aire Valley Trust" },
        ["POST /api/v1/platform/tenants/{id:guid}/suspend"] = _ => new { reason = "Contract ended" },
        ["POST /api/v1/hosts/{hostId:guid}/tenants"] = _ => new { slug = "t-" + Guid.NewGuid().ToString("N")[..12], name = "Aire Valley Trust" },
        ["POST /api/v1/hosts/{hostId:guid}/tenants/{tenantId:guid}/suspend"] = _ => new { reason = "Contract ended" },
        ["POST /api/v1/hosts/{hostId:guid}/invitations"] = _ => new { email = "host.admin@example.org" },
    };
}
