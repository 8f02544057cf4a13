using Spp.Grains;

namespace Spp.Improvement.Hosts;

/// <summary>A host organisation (a local authority or a trust) that onboards delivery-partner tenants, keyed by its id.</summary>
public interface IHostGrain : IGrainWithGuidKey
{
    /// <summary>Creates the host; creating it again with the same name and kind returns it unchanged.</summary>
    Task<HostView> Create(string name, HostKind kind);

    /// <summary>The host as it is now.</summary>
    [ReadOnly]
    Task<HostView> Get();

    /// <summary>Changes the name and/or the status; what is null stays as it is.</summary>
    Task<HostView> Update(string? name, HostStatus? status, string? ifMatch);
}

/// <summary>What kind of organisation hosts tenants.</summary>
public enum HostKind
{
    /// <summary>A local authority.</summary>
    LocalAuthority,

    /// <summary>A multi-academy trust.</summary>
    Trust,
}

/// <summary>Whether a host may onboard tenants.</summary>
public enum HostStatus
{
    /// <summary>Working with the programme.</summary>
    Active,

    /// <summary>No longer onboarding tenants; its existing tenants are unaffected.</summary>
    Inactive,
}

/// <summary>A host organisation as the API returns it, with the ETag a client must send to change it.</summary>
public sealed record HostView(Guid Id, string Name, HostKind Kind, HostStatus Status, DateTimeOffset CreatedAt, string ETag);
