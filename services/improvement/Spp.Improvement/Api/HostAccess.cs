using Spp.Grains;
using Spp.Improvement.People;
using Spp.Improvement.Tenants;

namespace Spp.Improvement.Api;

/// <summary>Who may act for a host organisation: its administrators and the national team.</summary>
internal static class HostAccess
{
    public static bool MayAdminister(Caller caller, Guid hostId) => caller.IsNationalTeam || caller.IsHostAdminOf(hostId);

    /// <summary>
    /// True when the caller administers one of the host's tenants. Routes under /hosts carry no tenant,
    /// so the token says nothing about it: the person's memberships do.
    /// </summary>
    public static async Task<bool> AdministersATenantOf(Caller caller, Guid hostId, IGrainFactory grains)
    {
        if (caller.PersonId is not { } personId)
        {
            return false;
        }

        PersonView person;
        try
        {
            person = await grains.GetGrain<IPersonGrain>(personId).Get();
        }
        catch (GrainNotFoundException)
        {
            return false;
        }

        foreach (var membership in person.Memberships.Where(m => m.IsTenantAdmin))
        {
            try
            {
                if ((await grains.GetGrain<ITenantGrain>(membership.TenantId).Get()).HostId == hostId)
                {
                    return true;
                }
            }
            catch (GrainNotFoundException)
            {
                // A membership of a tenant that was never created says nothing about this host.
            }
        }

        return false;
    }

    /// <summary>The problem for a signed-in caller who may not act for the host.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Forbidden() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Not allowed.",
        detail: "Only the host's administrators and the national team may do this.",
        type: "https://spp-platform.org/problems/forbidden");
}
