using Microsoft.Extensions.DependencyInjection;
using Spp.Contracts.Identity;
using Spp.Grains;
using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Partnerships.Support;

/// <summary>
/// A fresh tenant with the people a partnership test calls as, and internal tokens for each as the
/// gateway would forward them; plus an administrator of another tenant.
/// </summary>
internal sealed class TenantCallers
{
    private readonly ImprovementHost _host;

    private TenantCallers(ImprovementHost host, Guid tenantId, Guid facilitatorId)
    {
        _host = host;
        TenantId = tenantId;
        FacilitatorId = facilitatorId;
    }

    public Guid TenantId { get; }

    /// <summary>A person registered as a facilitator of the tenant.</summary>
    public Guid FacilitatorId { get; }

    public IGrainFactory Grains => _host.App.Services.GetRequiredService<IGrainFactory>();

    /// <summary>A tenant administrator's token.</summary>
    public string AdminToken => _host.Tokens.Issue(Guid.CreateVersion7().ToString(), TenantId, [PlatformRoles.TenantAdmin]);

    /// <summary>The facilitator's token.</summary>
    public string FacilitatorToken => _host.Tokens.Issue(FacilitatorId.ToString(), TenantId, [PlatformRoles.Facilitator]);

    /// <summary>A facilitator of the tenant who facilitates no partnership of the test.</summary>
    public string OtherFacilitatorToken => _host.Tokens.Issue(Guid.CreateVersion7().ToString(), TenantId, [PlatformRoles.Facilitator]);

    /// <summary>A member of a school of the tenant with no tenant-level role.</summary>
    public string MemberToken(int urn = 100001) => _host.Tokens.Issue(Guid.CreateVersion7().ToString(), TenantId, [PlatformRoles.SchoolMember(urn)]);

    /// <summary>The token of <paramref name="personId"/> as a member of school <paramref name="urn"/>.</summary>
    public string PersonToken(Guid personId, int urn) => _host.Tokens.Issue(personId.ToString(), TenantId, [PlatformRoles.SchoolMember(urn)]);

    /// <summary>An administrator of another tenant, calling with the same ids.</summary>
    public string OtherTenantAdminToken => _host.Tokens.Issue(Guid.CreateVersion7().ToString(), Guid.CreateVersion7(), [PlatformRoles.TenantAdmin]);

    public static async Task<TenantCallers> CreateAsync(ImprovementHost host)
    {
        var tenantId = Guid.CreateVersion7();
        var grains = host.App.Services.GetRequiredService<IGrainFactory>();
        return new TenantCallers(host, tenantId, await TenantPeople.FacilitatorAsync(grains, tenantId));
    }
}
