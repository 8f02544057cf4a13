namespace Spp.Tenancy;

/// <summary>
/// The store role: maps a slug named by a request to the tenant it stands for. It never answers
/// "any tenant"; an unknown slug is <see langword="null"/>.
/// </summary>
public interface ITenantStore
{
    /// <summary>The tenant whose slug is <paramref name="slug"/>, or <see langword="null"/> when there is none.</summary>
    Task<TenantInfo?> FindBySlugAsync(string slug, CancellationToken cancellationToken);
}
