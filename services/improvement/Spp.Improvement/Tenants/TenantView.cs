using Spp.Contracts.Tenants;

namespace Spp.Improvement.Tenants;

/// <summary>A tenant as the API returns it, with the ETag a client must send to change it.</summary>
public sealed record TenantView(Guid Id, string Slug, string Name, TenantStatus Status, string? SuspensionReason, DateTimeOffset CreatedAt, string ETag, Guid? HostId = null);
