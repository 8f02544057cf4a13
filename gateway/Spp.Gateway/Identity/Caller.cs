using Spp.Contracts.Identity;

namespace Spp.Gateway.Identity;

/// <summary>Who is calling, as far as the gateway tells services: a subject and tenant-level platform roles.</summary>
internal sealed record Caller(string Subject, IReadOnlyList<string> Roles)
{
    public static Caller Anonymous { get; } = new(InternalToken.AnonymousSubject, []);

    public bool HasRole(string role) => Roles.Contains(role);
}
