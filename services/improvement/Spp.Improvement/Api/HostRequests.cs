using Spp.Improvement.Hosts;

namespace Spp.Improvement.Api;

/// <summary>The body of <c>POST /api/v1/platform/hosts</c>.</summary>
public sealed record CreateHostRequest(string? Name, HostKind? Kind);

/// <summary>The body of <c>PATCH /api/v1/platform/hosts/{hostId}</c>: what is given changes.</summary>
public sealed record UpdateHostRequest(string? Name, HostStatus? Status);

/// <summary>The body of <c>POST /api/v1/hosts/{hostId}/tenants</c>.</summary>
public sealed record OnboardTenantRequest(string? Slug, string? Name);
