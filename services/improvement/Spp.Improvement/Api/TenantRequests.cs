namespace Spp.Improvement.Api;

/// <summary>Body of a tenant create.</summary>
public sealed record CreateTenantRequest(string? Slug, string? Name);

/// <summary>Body of a rename.</summary>
public sealed record RenameTenantRequest(string? Name);

/// <summary>Body of a suspension.</summary>
public sealed record SuspendTenantRequest(string? Reason);

/// <summary>What the gateway's tenant directory reads.</summary>
public sealed record TenantDirectoryEntry(Guid Id, string Slug, string Name, string Status);
