using Spp.Contracts.Identity;
using Spp.Grains;
using Spp.Improvement.Invitations;

namespace Spp.Improvement.People;

/// <summary>
/// Works out who a signed-in external identity is on the platform: the person it is linked to, else
/// the person known by its e-mail address (then linked), else a new person. Every step is an
/// idempotent grain call and new ids are derived from the identity, so a retried or concurrent
/// first sign-in converges on one person.
/// </summary>
public sealed class SignInResolver(IGrainFactory grains)
{
    /// <summary>Longest issuer or subject accepted.</summary>
    public const int MaxIdentityPartLength = 500;

    /// <summary>Field errors of a sign-in request, empty when it is usable.</summary>
    public static Dictionary<string, string[]> Validate(SignInRequest? request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request is null)
        {
            errors["body"] = ["A sign-in request is required."];
            return errors;
        }

        if (string.IsNullOrWhiteSpace(request.Issuer) || request.Issuer.Length > MaxIdentityPartLength)
        {
            errors["issuer"] = [$"Give the issuer, at most {MaxIdentityPartLength} characters."];
        }

        if (string.IsNullOrWhiteSpace(request.Subject) || request.Subject.Length > MaxIdentityPartLength)
        {
            errors["subject"] = [$"Give the subject, at most {MaxIdentityPartLength} characters."];
        }

        if (request.Email is not null && EmailAddress.Problem(request.Email) is { } problem)
        {
            errors["email"] = [problem];
        }

        if (request.DisplayName is { Length: > PersonRules.MaxDisplayNameLength })
        {
            errors["displayName"] = [$"Use at most {PersonRules.MaxDisplayNameLength} characters."];
        }

        return errors;
    }

    /// <summary>Resolves a valid request (see <see cref="Validate"/>) to the person and what they may enter.</summary>
    public async Task<SignInResolution> ResolveAsync(SignInRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var identity = IdentityLinkKey.Identity(request.Issuer, request.Subject);
        var link = grains.GetGrain<IIdentityLinkGrain>(IdentityLinkKey.For(identity));
        var byEmail = request.Email is null ? null : grains.GetGrain<IPersonByEmailGrain>(EmailAddress.Key(request.Email));
        if (await link.Person() is not { } personId)
        {
            var candidate = await link.NewPersonId();
            if (byEmail is not null)
            {
                // Someone already known by this address (invited, or signed in elsewhere) keeps their record.
                candidate = await byEmail.Claim(candidate);
            }

            personId = await link.Link(candidate);
        }

        var person = grains.GetGrain<IPersonGrain>(personId);
        var view = await person.Register(request.Email, request.DisplayName);
        await person.LinkIdentity(identity);

        var addresses = new HashSet<string>(StringComparer.Ordinal);
        if (view.Email.Length > 0)
        {
            addresses.Add(EmailAddress.Key(view.Email));
        }

        if (byEmail is not null && await byEmail.Claim(personId) == personId)
        {
            addresses.Add(EmailAddress.Key(request.Email!));
        }

        foreach (var address in addresses)
        {
            view = await ApplyWaitingGrantsAsync(person, personId, address) ?? view;
        }

        return Describe(view);
    }

    /// <summary>What the person may enter, as the gateway puts it in the internal token.</summary>
    public static SignInResolution Describe(PersonView person)
    {
        ArgumentNullException.ThrowIfNull(person);
        List<string> platformRoles = person.IsNationalTeam ? [PlatformRoles.NationalTeam] : [];
        platformRoles.AddRange(person.HostsAdministered.Select(PlatformRoles.HostAdminOf));
        return new SignInResolution(person.Id, platformRoles, [.. person.Memberships.Select(m => new TenantMembershipGrant(m.TenantId, MembershipRoles.Of(m)))]);
    }

    /// <summary>Applies what waits for an address the person holds: a national-team grant and pending invitations.</summary>
    private async Task<PersonView?> ApplyWaitingGrantsAsync(IPersonGrain person, Guid personId, string addressKey)
    {
        var address = grains.GetGrain<IPersonByEmailGrain>(addressKey);
        PersonView? view = null;
        if (await address.IsNationalTeamGranted())
        {
            view = await person.GrantNationalTeam();
        }

        var accepted = await new InvitationAcceptance(grains).AcceptPendingAsync(personId, address);
        return accepted ?? view;
    }
}
