using Spp.Grains;
using Spp.Improvement.People;

namespace Spp.Improvement.Tests.Partnerships.Support;

/// <summary>Registers people with the roles a test needs, through the person grain as sign-in does.</summary>
internal static class TenantPeople
{
    /// <summary>A new person who facilitates in <paramref name="tenantId"/>.</summary>
    public static async Task<Guid> FacilitatorAsync(IGrainFactory grains, Guid tenantId)
    {
        var id = Guid.CreateVersion7();
        var person = grains.GetGrain<IPersonGrain>(id);
        await person.Register($"facilitator-{id:N}@example.org", "A Facilitator");
        await person.Grant(RoleGrant.FacilitatorIn(tenantId));
        return id;
    }

    /// <summary>A new person who administers <paramref name="tenantId"/> and does not facilitate.</summary>
    public static async Task<Guid> TenantAdminAsync(IGrainFactory grains, Guid tenantId)
    {
        var id = Guid.CreateVersion7();
        var person = grains.GetGrain<IPersonGrain>(id);
        await person.Register($"admin-{id:N}@example.org", "A Tenant Admin");
        await person.Grant(RoleGrant.TenantAdminOf(tenantId));
        return id;
    }
}
