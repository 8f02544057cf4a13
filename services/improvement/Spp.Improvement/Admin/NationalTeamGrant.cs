using Spp.Grains;
using Spp.Improvement.People;

namespace Spp.Improvement.Admin;

/// <summary>
/// The outcome of <c>admin person grant-national-team</c>: the grant is recorded on the address, so it
/// applies on the first sign-in with it, and to the person already holding it, if any, at once.
/// </summary>
/// <param name="PersonId">The person who holds the address now, or null until someone signs in with it.</param>
/// <param name="AppliedNow">True when an existing person joined the national team now.</param>
internal sealed record NationalTeamGrant(Guid? PersonId, bool AppliedNow)
{
    public static async Task<NationalTeamGrant> RecordAsync(IGrainFactory grains, string email)
    {
        var address = grains.GetGrain<IPersonByEmailGrain>(EmailAddress.Key(email));
        await address.GrantNationalTeam();
        if (await address.Owner() is not { } personId)
        {
            return new NationalTeamGrant(null, false);
        }

        try
        {
            await grains.GetGrain<IPersonGrain>(personId).GrantNationalTeam();
            return new NationalTeamGrant(personId, true);
        }
        catch (GrainNotFoundException)
        {
            // The address was claimed by a sign-in that has not registered the person yet; that
            // sign-in (or the next) applies the grant recorded above.
            return new NationalTeamGrant(personId, false);
        }
    }
}
