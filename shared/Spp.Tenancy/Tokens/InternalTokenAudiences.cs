using Spp.Contracts.Identity;

namespace Spp.Tenancy.Tokens;

/// <summary>
/// The audiences this process accepts: the gateway's <see cref="InternalToken.ServicesAudience"/>,
/// plus each hosted service's own name for service-to-service tokens. A set, because the
/// all-in-one host registers several services in one process.
/// </summary>
internal sealed class InternalTokenAudiences
{
    public HashSet<string> Values { get; } = new(StringComparer.Ordinal) { InternalToken.ServicesAudience };
}
